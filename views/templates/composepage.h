// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "composition/bundle.h"
#include "templates/templatetypes.h"

#include <QWidget>

class QLabel;
class QLineEdit;
class QListView;
class QPushButton;
class QTabWidget;
class QThreadPool;
class QTimer;
class QTreeView;
class QUndoGroup;

namespace Tarmac {

class BundleRenderer;
class ConfigEditor;
class CompositionCanvas;
class CompositionDocument;
class CompositionNodeModel;
class ParameterForm;
class PlatformConnection;
class PlatformTemplateSource;
class RenderController;
class RenderedFilesModel;
class TemplateCatalog;
class TemplateCatalogModel;
class TemplateCatalogProxy;
class TemplatePaletteModel;

// The Compose page: a composition of services and resources. The palette (the template catalog,
// searchable) and the outline of nodes on the left; the canvas in the middle; on the right the
// selected node's parameter form with inline validation and a live preview of the files it
// renders to (skipped ones greyed, with the reason). New, Open, Save and Save As work on
// *.tarmac.yaml files; unsaved work is autosaved and offered back after a crash.
class ComposePage : public QWidget {
    Q_OBJECT
public:
    explicit ComposePage(QUndoGroup *undoGroup = nullptr, QWidget *parent = nullptr);
    ~ComposePage() override;

    TemplateCatalog *catalog() const { return m_catalog; }
    // Adds the platform's published templates to the catalog, following platform as it switches
    // (see PlatformTemplateSource); the line under the gallery says what the platform source did.
    void setPlatform(PlatformConnection *platform);
    PlatformTemplateSource *platformTemplates() const { return m_platformTemplates; }
    TemplateCatalogProxy *galleryModel() const { return m_proxy; }
    RenderedFilesModel *previewModel() const { return m_files; }
    // The whole composition's bundle (services/<id>/..., compose.yaml, deploy/...), kept up to date.
    RenderedFilesModel *bundleModel() const { return m_bundleFiles; }
    ParameterForm *form() const { return m_form; }
    CompositionDocument *document() const { return m_document; }
    CompositionCanvas *canvas() const { return m_canvas; }
    CompositionNodeModel *outlineModel() const { return m_outline; }
    QString selectedNode() const { return m_currentNode; }
    QString messageText() const;
    // Writes the whole composition into folder off the GUI thread (what Generate does after asking
    // for the folder): each service under services/<id>/ with its record, and the system files.
    // generationFinished() follows.
    void generateTo(const QString &folder);
    // Makes a generated folder a git repository with a first commit of everything in it (origin set
    // to remoteUrl when given), off the GUI thread; repositoryInitialised() follows. The Git button
    // does this for the folder Generate last wrote.
    void initialiseRepository(const QString &folder, const QString &remoteUrl = {});
    // The workbench opens *.tarmac.yaml files through this; returns what went wrong, if anything.
    Q_INVOKABLE QString openDocument(const QString &path);

public Q_SLOTS:
    // Each shows problems in the page's message bar and returns whether it worked.
    bool newComposition();
    bool openComposition(const QString &path);
    bool saveComposition(const QString &path);

Q_SIGNALS:
    void previewUpdated();
    void bundleUpdated();
    // Generate has ended: ok when the files were written, otherwise the status says why not.
    void generationFinished(bool ok);
    void repositoryInitialised(bool ok);

protected:
    void showEvent(QShowEvent *event) override;

private:
    QWidget *buildLeftPane(QWidget *parent);
    QWidget *buildRightPane(QWidget *parent);
    void selectNode(const QString &id);
    void applyFormValues(const QJsonObject &values);
    void requestRender();
    void showResult(const RenderResult &result);
    // The last render of the selected node with its service's hand edits merged in.
    void showRendered();
    void clearPreview();
    void showFile(const QModelIndex &index);
    // The selected service's override of path merged with the last render.
    OverrideMerge shownMerge(const Override &edit) const;
    void updateMarks();
    void updateEditBar();
    // The editor's text becomes the override of the file it shows.
    void editShownFile();
    void resolveFirstConflict(Overrides::Resolution choice);
    void revertShownFile();
    void chooseFolderAndGenerate();
    void showGeneration(const BundleWriter::Generation &generation);
    void showMessage(const QString &text, bool error);
    void refreshRules();
    void recoverAutosave();
    bool confirmDiscard();
    bool save();
    bool saveAs();
    void open();
    void updateTitle();
    void requestBundle();
    // Says which connections break the templates' rules, once the catalog is there to ask.
    void checkRules();

    QUndoGroup *m_undoGroup;
    TemplateCatalog *m_catalog = nullptr;
    TemplateCatalogModel *m_model = nullptr;
    TemplatePaletteModel *m_palette = nullptr;
    TemplateCatalogProxy *m_proxy = nullptr;
    CompositionDocument *m_document = nullptr;
    CompositionNodeModel *m_outline = nullptr;
    RenderController *m_renderer = nullptr;
    RenderedFilesModel *m_files = nullptr;
    BundleRenderer *m_bundleRenderer = nullptr;
    RenderedFilesModel *m_bundleFiles = nullptr;
    QTimer *m_bundleTimer = nullptr;
    QLabel *m_bundleStatus = nullptr;
    CompositionCanvas *m_canvas = nullptr;
    QLineEdit *m_search = nullptr;
    QLabel *m_templateSource = nullptr;
    PlatformTemplateSource *m_platformTemplates = nullptr;
    QTimer *m_searchTimer = nullptr;
    QListView *m_gallery = nullptr;
    QListView *m_outlineView = nullptr;
    QLabel *m_message = nullptr;
    QLabel *m_documentTitle = nullptr;
    QLabel *m_templateTitle = nullptr;
    QLabel *m_templateDetails = nullptr;
    ParameterForm *m_form = nullptr;
    QTreeView *m_tree = nullptr;
    ConfigEditor *m_content = nullptr;
    QLabel *m_status = nullptr;
    QPushButton *m_generate = nullptr;
    QPushButton *m_gitInit = nullptr;
    QLineEdit *m_gitRemote = nullptr;
    QString m_generatedFolder;
    QThreadPool *m_gitPool = nullptr;
    QWidget *m_editBar = nullptr;
    QLabel *m_editNote = nullptr;
    QPushButton *m_keepMine = nullptr;
    QPushButton *m_takeTemplate = nullptr;
    QPushButton *m_revert = nullptr;
    RenderResult m_lastRender; // of the selected node, without its hand edits
    QString m_editorPath; // the file the editor shows
    bool m_editorEditable = false;
    bool m_typing = false; // the editor is handing the document an edit
    QString m_currentNode;
    bool m_rulesChecked = true;
    QString m_selectedPath;
    bool m_formValid = false;
    bool m_fillingForm = false; // the form is being filled from the document, not by the user
};

}

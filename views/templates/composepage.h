// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "templates/templatetypes.h"

#include <QWidget>

class QCheckBox;
class QLabel;
class QLineEdit;
class QListView;
class QPlainTextEdit;
class QPushButton;
class QTimer;
class QTreeView;
class QVBoxLayout;

namespace Tarmac {

class CodeHighlighter;
class ParameterForm;
class RenderController;
class RenderedFilesModel;
class TemplateCatalog;
class TemplateCatalogModel;
class TemplateCatalogProxy;

// The Compose page: a template gallery with search, the selected template's parameter form with
// inline validation, resources to attach, and a live preview of the files a render would write
// (skipped ones greyed, with the reason) with the selected file's content. Generate writes them.
class ComposePage : public QWidget {
    Q_OBJECT
public:
    explicit ComposePage(QWidget *parent = nullptr);
    ~ComposePage() override;

    TemplateCatalog *catalog() const { return m_catalog; }
    TemplateCatalogProxy *galleryModel() const { return m_proxy; }
    RenderedFilesModel *previewModel() const { return m_files; }
    ParameterForm *form() const { return m_form; }
    // Writes the current preview into folder (what the Generate button does after asking).
    bool generateTo(const QString &folder);

Q_SIGNALS:
    void previewUpdated();

private:
    void selectTemplate(const QModelIndex &index);
    void rebuildResources();
    void requestRender();
    void showResult(const RenderResult &result);
    void showFile(const QModelIndex &index);
    void chooseFolderAndGenerate();

    TemplateCatalog *m_catalog = nullptr;
    TemplateCatalogModel *m_model = nullptr;
    TemplateCatalogProxy *m_proxy = nullptr;
    RenderController *m_renderer = nullptr;
    RenderedFilesModel *m_files = nullptr;
    QLineEdit *m_search = nullptr;
    QTimer *m_searchTimer = nullptr;
    QListView *m_gallery = nullptr;
    QLabel *m_templateTitle = nullptr;
    QLabel *m_templateDetails = nullptr;
    ParameterForm *m_form = nullptr;
    QWidget *m_resourceBox = nullptr;
    QVBoxLayout *m_resourceLayout = nullptr;
    QList<QCheckBox *> m_resourceChecks;
    QTreeView *m_tree = nullptr;
    QPlainTextEdit *m_content = nullptr;
    CodeHighlighter *m_highlighter = nullptr;
    QLabel *m_status = nullptr;
    QPushButton *m_generate = nullptr;
    QString m_currentTemplate;
    QString m_selectedPath;
    bool m_formValid = false;
};

}

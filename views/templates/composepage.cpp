// SPDX-License-Identifier: GPL-3.0-or-later
#include "composepage.h"

#include "composition/bundlerenderer.h"
#include "composition/compositioncanvas.h"
#include "composition/compositiondocument.h"
#include "composition/compositionfile.h"
#include "composition/compositionnodemodel.h"
#include "composition/compositionscene.h"
#include "composition/compositionview.h"
#include "composition/servicerecord.h"
#include "composition/servicerepository.h"
#include "composition/templatepalettemodel.h"
#include "config/configeditor.h"
#include "parameterform.h"
#include "platform/platformtemplatesource.h"
#include "templates/parameterschema.h"
#include "templates/rendercontroller.h"
#include "templates/renderedfilesmodel.h"
#include "templates/templatecatalog.h"
#include "templates/templatecatalogmodel.h"
#include "templates/templatecatalogproxy.h"
#include "workbench/recentdocuments.h"

#include <QAction>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QSplitter>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTextCursor>
#include <QTextDocument>
#include <QThreadPool>
#include <QTimer>
#include <QToolBar>
#include <QToolButton>
#include <QTreeView>
#include <QUndoGroup>
#include <QUndoStack>
#include <QVBoxLayout>

namespace Tarmac {

namespace {

// What the file trees say about a hand-edited file.
QString overrideMark(const OverrideMerge &merge, qsizetype conflicts)
{
    if (conflicts > 0)
        return ComposePage::tr("edited, %n conflict(s)", nullptr, int(conflicts));
    switch (merge.status) {
    case OverrideMerge::Status::Orphaned:
        return ComposePage::tr("edited, no longer generated");
    case OverrideMerge::Status::Failed:
        return ComposePage::tr("edited, cannot merge");
    default:
        return ComposePage::tr("edited");
    }
}

}

ComposePage::ComposePage(QUndoGroup *undoGroup, QWidget *parent)
    : QWidget(parent)
    , m_undoGroup(undoGroup)
    , m_catalog(new TemplateCatalog(this))
    , m_model(new TemplateCatalogModel(this))
    , m_palette(new TemplatePaletteModel(this))
    , m_proxy(new TemplateCatalogProxy(this))
    , m_document(new CompositionDocument(this))
    , m_outline(new CompositionNodeModel(m_document, this))
    , m_renderer(new RenderController(this))
    , m_files(new RenderedFilesModel(this))
    , m_bundleRenderer(new BundleRenderer(this))
    , m_bundleFiles(new RenderedFilesModel(this))
    , m_bundleTimer(new QTimer(this))
    , m_gitPool(new QThreadPool(this))
{
    m_gitPool->setMaxThreadCount(1);
    m_document->setAutosaveDirectory(CompositionDocument::defaultAutosaveDirectory());
    if (m_undoGroup)
        m_undoGroup->addStack(m_document->undoStack());
    m_canvas = new CompositionCanvas(m_document, m_catalog, this);

    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("composeMessage"));
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_message->hide();
    outer->addWidget(m_message);
    auto *splitter = new QSplitter(Qt::Horizontal, this);
    outer->addWidget(splitter, 1);

    splitter->addWidget(buildLeftPane(splitter));

    // The composition: its file actions above the canvas.
    auto *middle = new QWidget(splitter);
    auto *middleLayout = new QVBoxLayout(middle);
    middleLayout->setContentsMargins(0, 0, 0, 0);
    auto *fileBar = new QToolBar(middle);
    fileBar->setObjectName(QStringLiteral("compositionFileBar"));
    fileBar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    const auto fileAction = [&](const QString &name, const QString &text, QKeySequence::StandardKey key) {
        auto *action = new QAction(text, this);
        action->setObjectName(name);
        action->setShortcut(key);
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        addAction(action);
        fileBar->addAction(action);
        return action;
    };
    connect(fileAction(QStringLiteral("newCompositionAction"), tr("New"), QKeySequence::New), &QAction::triggered, this,
        [this] {
            if (confirmDiscard())
                newComposition();
        });
    connect(fileAction(QStringLiteral("openCompositionAction"), tr("Open…"), QKeySequence::Open), &QAction::triggered,
        this, &ComposePage::open);
    connect(fileAction(QStringLiteral("saveCompositionAction"), tr("Save"), QKeySequence::Save), &QAction::triggered,
        this, &ComposePage::save);
    connect(fileAction(QStringLiteral("saveCompositionAsAction"), tr("Save As…"), QKeySequence::SaveAs),
        &QAction::triggered, this, &ComposePage::saveAs);
    m_documentTitle = new QLabel(middle);
    m_documentTitle->setObjectName(QStringLiteral("compositionTitle"));
    fileBar->addSeparator();
    fileBar->addWidget(m_documentTitle);
    middleLayout->addWidget(fileBar);
    middleLayout->addWidget(m_canvas, 1);
    splitter->addWidget(middle);

    splitter->addWidget(buildRightPane(splitter));
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 3);
    splitter->setStretchFactor(2, 2);
    splitter->setSizes({ 220, 560, 420 });

    connect(m_canvas, &CompositionCanvas::selectionChanged, this,
        [this](const QStringList &ids) { selectNode(ids.size() == 1 ? ids.constFirst() : QString()); });
    connect(m_document, &CompositionDocument::compositionReset, this, [this] {
        selectNode({});
        updateTitle();
    });
    connect(m_document, &CompositionDocument::modifiedChanged, this, &ComposePage::updateTitle);
    connect(m_document, &CompositionDocument::filePathChanged, this, &ComposePage::updateTitle);
    connect(m_document, &CompositionDocument::nodeRemoved, this, [this](const QString &id) {
        if (id == m_currentNode)
            selectNode({});
    });
    connect(m_document, &CompositionDocument::nodeRenamed, this, [this](const QString &id, const QString &newId) {
        if (id != m_currentNode)
            return;
        m_currentNode = newId;
        selectNode(newId);
    });
    connect(m_document, &CompositionDocument::nodeChanged, this, [this](const QString &id) {
        // An undo or redo of parameters: the form shows what the document now holds.
        if (id == m_currentNode && !m_fillingForm)
            selectNode(id);
    });
    const auto connectionChanged = [this](const Connection &connection) {
        if (connection.from == m_currentNode || connection.to == m_currentNode)
            requestRender();
    };
    connect(m_document, &CompositionDocument::connectionAdded, this, connectionChanged);
    connect(m_document, &CompositionDocument::connectionRemoved, this, connectionChanged);
    connect(m_renderer, &RenderController::finished, this, &ComposePage::showResult);
    connect(
        m_document, &CompositionDocument::overrideChanged, this, [this](const QString &serviceId, const QString &path) {
            if (serviceId != m_currentNode)
                return;
            if (m_typing) {
                // The editor already shows it.
                updateMarks();
                updateEditBar();
                return;
            }
            // Undo, redo, revert or a resolved conflict: show the file that changed as it now is.
            m_selectedPath = path;
            showRendered();
        });

    // The bundle follows the composition's meaning (not its layout), a moment after the last edit.
    m_bundleTimer->setSingleShot(true);
    m_bundleTimer->setInterval(300);
    connect(m_bundleTimer, &QTimer::timeout, this, &ComposePage::requestBundle);
    connect(m_document, &CompositionDocument::changed, m_bundleTimer, qOverload<>(&QTimer::start));
    connect(m_catalog, &TemplateCatalog::changed, m_bundleTimer, qOverload<>(&QTimer::start));
    connect(m_bundleRenderer, &BundleRenderer::generated, this, &ComposePage::showGeneration);
    connect(m_bundleRenderer, &BundleRenderer::finished, this, [this](const Bundle &bundle) {
        RenderResult result;
        result.diagnostics = bundle.diagnostics;
        for (const BundleFile &file : bundle.files)
            result.files.append({ file.path, file.path, file.content, false, true, false, {}, file.executable });
        m_bundleFiles->setResult(result);
        QStringList lines;
        for (const TemplateDiagnostic &d : bundle.diagnostics)
            lines.append(d.toString());
        QHash<QString, QString> marks;
        for (const BundleMerge &m : bundle.merges) {
            const QString path = Bundle::serviceFolder(m.serviceId) + u'/' + m.merge.result.path;
            const qsizetype conflicts = Overrides::markedConflicts(m.merge.result).conflicts.size();
            marks.insert(path, overrideMark(m.merge, conflicts));
            if (conflicts > 0)
                lines.append(tr("%1: %n conflict(s) between the hand edit and the new render; resolve them on the "
                                "service's files",
                    nullptr, int(conflicts))
                        .arg(path));
        }
        m_bundleFiles->setMarks(marks);
        m_bundleStatus->setText(lines.isEmpty() ? tr("%n file(s), rendered in %1 ms", nullptr, int(bundle.files.size()))
                                                      .arg(bundle.milliseconds, 0, 'f', 0)
                                                : lines.join(u'\n'));
        Q_EMIT bundleUpdated();
    });

    m_model->setCatalog(m_catalog);
    connect(m_catalog, &TemplateCatalog::changed, this, &ComposePage::refreshRules);
    const QString userFolder = QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation);
    if (!userFolder.isEmpty())
        m_catalog->setUserFolders({ userFolder + QStringLiteral("/tarmac/templates") });
    m_catalog->reload();

    newComposition();
    recoverAutosave();
}

ComposePage::~ComposePage()
{
    m_gitPool->waitForDone();
    // Unsaved work stays in the autosave for the next start.
    m_document->autosaveNow();
    m_document->waitForAutosave();
    // The document and models go before the widgets that show them: stop listening first.
    m_canvas->disconnect(this);
    m_outlineView->selectionModel()->disconnect(this);
    m_form->disconnect(this);
}

QWidget *ComposePage::buildLeftPane(QWidget *parent)
{
    auto *pane = new QWidget(parent);
    auto *layout = new QVBoxLayout(pane);
    m_search = new QLineEdit(pane);
    m_search->setObjectName(QStringLiteral("templateSearch"));
    m_search->setPlaceholderText(tr("Search templates, tags, owners…"));
    m_search->setClearButtonEnabled(true);
    m_searchTimer = new QTimer(this);
    m_searchTimer->setSingleShot(true);
    m_searchTimer->setInterval(300);
    connect(m_search, &QLineEdit::textChanged, m_searchTimer, qOverload<>(&QTimer::start));
    connect(m_searchTimer, &QTimer::timeout, this, [this] { m_proxy->setSearchText(m_search->text()); });

    // The palette: every template, services and resources alike; drag one onto the canvas, or
    // press Enter on it to add it in the middle of the canvas.
    m_palette->setSourceModel(m_model);
    m_proxy->setSourceModel(m_palette);
    m_gallery = new QListView(pane);
    m_gallery->setObjectName(QStringLiteral("templateGallery"));
    m_gallery->setAccessibleName(tr("Template palette"));
    m_gallery->setToolTip(tr("Drag a template onto the canvas, or press Enter to add it"));
    m_gallery->setUniformItemSizes(true);
    m_gallery->setTextElideMode(Qt::ElideRight);
    m_gallery->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_gallery->setSpacing(2);
    m_gallery->setDragEnabled(true);
    m_gallery->setDragDropMode(QAbstractItemView::DragOnly);
    m_gallery->setModel(m_proxy);
    m_gallery->setModelColumn(TemplateCatalogModel::TitleColumn);
    connect(m_gallery, &QListView::activated, this, [this](const QModelIndex &index) {
        m_canvas->addTemplate(index.data(TemplateCatalogModel::NameRole).toString());
    });

    // The outline: every node as a list, the keyboard path to any of them.
    auto *outlineLabel = new QLabel(tr("&Nodes"), pane);
    m_outlineView = new QListView(pane);
    m_outlineView->setObjectName(QStringLiteral("compositionOutline"));
    m_outlineView->setAccessibleName(tr("Services and resources in the composition"));
    m_outlineView->setModel(m_outline);
    m_outlineView->setSelectionMode(QAbstractItemView::ExtendedSelection);
    outlineLabel->setBuddy(m_outlineView);
    connect(m_outlineView->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this] {
        QStringList ids;
        for (const QModelIndex &index : m_outlineView->selectionModel()->selectedIndexes())
            ids.append(index.data(CompositionNodeModel::IdRole).toString());
        ids.sort();
        if (ids != m_canvas->scene()->selectedIds())
            m_canvas->scene()->selectOnly(ids);
    });
    connect(m_canvas, &CompositionCanvas::selectionChanged, this, [this](const QStringList &ids) {
        QItemSelection selection;
        for (const QString &id : ids) {
            const QModelIndex index = m_outline->indexOf(id);
            if (index.isValid())
                selection.select(index, index);
        }
        const QSignalBlocker blocker(m_outlineView->selectionModel());
        m_outlineView->selectionModel()->select(selection, QItemSelectionModel::ClearAndSelect);
        m_outlineView->viewport()->update();
    });

    // Where the platform's templates stand: fetching, how many, or why not (the others stay).
    auto *sourceRow = new QHBoxLayout;
    m_templateSource = new QLabel(pane);
    m_templateSource->setObjectName(QStringLiteral("templateSourceStatus"));
    m_templateSource->setWordWrap(true);
    m_templateSource->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_templateSource->hide();
    auto *reloadTemplates = new QToolButton(pane);
    reloadTemplates->setObjectName(QStringLiteral("reloadTemplatesButton"));
    auto *reloadAction = new QAction(tr("Reload Templates"), this);
    reloadAction->setShortcut(QKeySequence::Refresh);
    reloadAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    reloadAction->setToolTip(tr("Load the templates again: built-in, your folders and the platform's (%1)")
            .arg(reloadAction->shortcut().toString(QKeySequence::NativeText)));
    addAction(reloadAction);
    reloadTemplates->setDefaultAction(reloadAction);
    connect(reloadAction, &QAction::triggered, this, [this] {
        if (m_platformTemplates)
            m_platformTemplates->refresh(); // reloads the catalog too
        else
            m_catalog->reload();
    });
    sourceRow->addWidget(m_templateSource, 1);
    sourceRow->addWidget(reloadTemplates, 0, Qt::AlignTop);

    layout->addWidget(m_search);
    layout->addWidget(m_gallery, 3);
    layout->addLayout(sourceRow);
    layout->addWidget(outlineLabel);
    layout->addWidget(m_outlineView, 2);
    return pane;
}

void ComposePage::setPlatform(PlatformConnection *platform)
{
    delete m_platformTemplates;
    m_platformTemplates = platform ? new PlatformTemplateSource(platform, m_catalog, this) : nullptr;
    if (!m_platformTemplates) {
        m_catalog->setPlatformFolder({}, {});
        m_catalog->reload();
        m_templateSource->hide();
        return;
    }
    const auto show = [this] {
        const QString text = m_platformTemplates->statusText();
        m_templateSource->setText(text);
        m_templateSource->setVisible(!text.isEmpty());
    };
    connect(m_platformTemplates, &PlatformTemplateSource::stateChanged, this, show);
    show();
}

QWidget *ComposePage::buildRightPane(QWidget *parent)
{
    auto *splitter = new QSplitter(Qt::Vertical, parent);
    auto *scroll = new QScrollArea(splitter);
    scroll->setWidgetResizable(true);
    auto *formPane = new QWidget(scroll);
    auto *formLayout = new QVBoxLayout(formPane);
    m_templateTitle = new QLabel(formPane);
    m_templateTitle->setObjectName(QStringLiteral("nodeTitle"));
    QFont titleFont = m_templateTitle->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.3);
    titleFont.setBold(true);
    m_templateTitle->setFont(titleFont);
    m_templateDetails = new QLabel(formPane);
    m_templateDetails->setWordWrap(true);
    m_form = new ParameterForm(formPane);
    m_generate = new QPushButton(tr("&Generate…"), formPane);
    m_generate->setObjectName(QStringLiteral("generateButton"));
    m_generate->setToolTip(tr("Write the whole composition into a folder: each service with its record, a local "
                              "compose file and a kustomization"));
    m_generate->setEnabled(false);
    m_status = new QLabel(formPane);
    m_status->setObjectName(QStringLiteral("composeStatus"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    formLayout->addWidget(m_templateTitle);
    formLayout->addWidget(m_templateDetails);
    formLayout->addWidget(m_form);
    formLayout->addWidget(m_generate);
    // After Generate: the folder as a git repository of its own, with a first commit.
    auto *gitRow = new QHBoxLayout;
    m_gitInit = new QPushButton(tr("Make a Git &Repository"), formPane);
    m_gitInit->setObjectName(QStringLiteral("gitInitButton"));
    m_gitInit->setToolTip(tr("Generate first; then make the generated folder a git repository and commit "
                             "everything in it (author from your git config)"));
    m_gitInit->setEnabled(false);
    m_gitRemote = new QLineEdit(formPane);
    m_gitRemote->setObjectName(QStringLiteral("gitRemoteEdit"));
    m_gitRemote->setPlaceholderText(tr("Remote URL (optional)"));
    m_gitRemote->setAccessibleName(tr("Remote URL for the repository"));
    m_gitRemote->setToolTip(tr("Added as the repository's origin; nothing is pushed"));
    gitRow->addWidget(m_gitInit);
    gitRow->addWidget(m_gitRemote, 1);
    formLayout->addLayout(gitRow);
    connect(m_gitInit, &QPushButton::clicked, this,
        [this] { initialiseRepository(m_generatedFolder, m_gitRemote->text().trimmed()); });
    formLayout->addWidget(m_status);
    formLayout->addStretch(1);
    scroll->setWidget(formPane);
    connect(m_form, &ParameterForm::valuesChanged, this, &ComposePage::applyFormValues);
    connect(m_generate, &QPushButton::clicked, this, &ComposePage::chooseFolderAndGenerate);

    auto *tabs = new QTabWidget(splitter);
    tabs->setObjectName(QStringLiteral("previewTabs"));
    auto *previewSplitter = new QSplitter(Qt::Vertical, tabs);
    tabs->addTab(previewSplitter, tr("Selected node"));
    auto *bundlePane = new QWidget(tabs);
    auto *bundleLayout = new QVBoxLayout(bundlePane);
    bundleLayout->setContentsMargins(0, 0, 0, 0);
    auto *bundleTree = new QTreeView(bundlePane);
    bundleTree->setObjectName(QStringLiteral("bundleTree"));
    bundleTree->setAccessibleName(tr("Files of the whole composition"));
    bundleTree->setModel(m_bundleFiles);
    bundleTree->setUniformRowHeights(true);
    bundleTree->header()->setSectionResizeMode(RenderedFilesModel::NameColumn, QHeaderView::ResizeToContents);
    m_bundleStatus = new QLabel(bundlePane);
    m_bundleStatus->setObjectName(QStringLiteral("bundleStatus"));
    m_bundleStatus->setWordWrap(true);
    m_bundleStatus->setTextInteractionFlags(Qt::TextSelectableByMouse);
    bundleLayout->addWidget(bundleTree, 1);
    bundleLayout->addWidget(m_bundleStatus);
    tabs->addTab(bundlePane, tr("Bundle"));
    m_tree = new QTreeView(previewSplitter);
    m_tree->setObjectName(QStringLiteral("previewTree"));
    m_tree->setModel(m_files);
    m_tree->setUniformRowHeights(true);
    m_tree->header()->setSectionResizeMode(RenderedFilesModel::NameColumn, QHeaderView::ResizeToContents);
    // Generated files are read in the config editor: highlighted, checked, searchable.
    // Generated files open in the config editor; a service's files can be edited there, and each
    // edit is kept as an override of the generated file (merged into every new render).
    auto *editorPane = new QWidget(previewSplitter);
    auto *editorLayout = new QVBoxLayout(editorPane);
    editorLayout->setContentsMargins(0, 0, 0, 0);
    editorLayout->setSpacing(2);
    m_editBar = new QWidget(editorPane);
    m_editBar->setObjectName(QStringLiteral("overrideBar"));
    // The note on a line of its own, so that the buttons never squeeze it.
    auto *editBarLayout = new QVBoxLayout(m_editBar);
    editBarLayout->setContentsMargins(4, 2, 4, 2);
    editBarLayout->setSpacing(2);
    auto *editButtons = new QHBoxLayout;
    m_editBar->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Maximum);
    m_editNote = new QLabel(m_editBar);
    m_editNote->setObjectName(QStringLiteral("overrideNote"));
    m_editNote->setWordWrap(true);
    m_keepMine = new QPushButton(tr("Keep &Mine"), m_editBar);
    m_keepMine->setObjectName(QStringLiteral("keepMineButton"));
    m_keepMine->setToolTip(tr("Resolve the first conflict with your lines"));
    m_takeTemplate = new QPushButton(tr("Take &Template's"), m_editBar);
    m_takeTemplate->setObjectName(QStringLiteral("takeTemplateButton"));
    m_takeTemplate->setToolTip(tr("Resolve the first conflict with the new render's lines"));
    m_revert = new QPushButton(tr("&Revert to Generated"), m_editBar);
    m_revert->setObjectName(QStringLiteral("revertFileButton"));
    m_revert->setToolTip(tr("Drop your edit of this file and use the generated text again"));
    editBarLayout->addWidget(m_editNote);
    editButtons->addStretch(1);
    editButtons->addWidget(m_keepMine);
    editButtons->addWidget(m_takeTemplate);
    editButtons->addWidget(m_revert);
    editBarLayout->addLayout(editButtons);
    m_editBar->hide();
    connect(m_keepMine, &QPushButton::clicked, this, [this] { resolveFirstConflict(Overrides::Resolution::TakeMine); });
    connect(m_takeTemplate, &QPushButton::clicked, this,
        [this] { resolveFirstConflict(Overrides::Resolution::TakeTheirs); });
    connect(m_revert, &QPushButton::clicked, this, &ComposePage::revertShownFile);
    m_content = new ConfigEditor(editorPane);
    m_content->setObjectName(QStringLiteral("previewContent"));
    m_content->setReadOnly(true);
    m_content->textEdit()->setPlaceholderText(
        tr("The files the selected node generates appear here as you fill in its form; pick one above to read it, "
           "or to edit it (a service's files only)."));
    connect(m_content, &ConfigEditor::contentChanged, this, &ComposePage::editShownFile);
    editorLayout->addWidget(m_editBar);
    editorLayout->addWidget(m_content, 1);
    // The editor is what people read here: the file list gets a few rows, the editor the rest.
    previewSplitter->setStretchFactor(0, 1);
    previewSplitter->setStretchFactor(1, 3);
    previewSplitter->setSizes({ 100, 300 });
    connect(m_tree->selectionModel(), &QItemSelectionModel::currentChanged, this,
        [this](const QModelIndex &current) { showFile(current); });
    // The form scrolls; the preview (file list, editor and its problems) needs the height more.
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 3);
    splitter->setSizes({ 280, 420 });
    return splitter;
}

void ComposePage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_undoGroup)
        m_undoGroup->setActiveStack(m_document->undoStack());
}

QString ComposePage::messageText() const
{
    return m_message->isHidden() ? QString() : m_message->text();
}

void ComposePage::showMessage(const QString &text, bool error)
{
    m_message->setText(text);
    m_message->setStyleSheet(error ? QStringLiteral("QLabel { background: #fde2e1; color: #7a1512; padding: 6px; }")
                                   : QStringLiteral("QLabel { background: #e3effc; color: #123a66; padding: 6px; }"));
    m_message->setVisible(!text.isEmpty());
}

void ComposePage::refreshRules()
{
    QList<TemplateManifest> manifests;
    for (const TemplateCatalog::Entry &entry : m_catalog->entries())
        manifests.append(entry.manifest);
    m_document->setPortRules(PortRules(manifests));
    if (!m_rulesChecked && !manifests.isEmpty())
        checkRules();
    // The selected node's form follows a changed template.
    if (!m_currentNode.isEmpty())
        selectNode(m_currentNode);
}

void ComposePage::requestBundle()
{
    const Composition &composition = m_document->composition();
    if (composition.services.isEmpty() && composition.resources.isEmpty()) {
        m_bundleRenderer->cancel();
        m_bundleFiles->setResult({});
        m_bundleStatus->setText(tr("Add a service to see the files the composition generates."));
        return;
    }
    m_bundleRenderer->request({ 0, composition, m_catalog->entries(), {} });
}

void ComposePage::updateTitle()
{
    const QString name
        = m_document->filePath().isEmpty() ? tr("Unsaved composition") : QFileInfo(m_document->filePath()).fileName();
    m_documentTitle->setText(m_document->isModified() ? tr("%1 (modified)").arg(name) : name);
    m_documentTitle->setToolTip(QDir::toNativeSeparators(m_document->filePath()));
}

void ComposePage::selectNode(const QString &id)
{
    // Another node's files must not stay editable under this one's name until its render arrives.
    if (id != m_currentNode)
        clearPreview();
    m_currentNode = id;
    const ServiceNode *service = m_document->service(id);
    const ResourceNode *resource = service ? nullptr : m_document->resource(id);
    const QString templateName = service ? service->templateName : resource ? resource->templateName : QString();
    const std::optional<TemplateCatalog::Entry> entry
        = templateName.isEmpty() ? std::nullopt : m_catalog->find(templateName);
    m_fillingForm = true;
    if (!service && !resource) {
        m_currentNode.clear();
        m_templateTitle->setText(tr("Select a service or resource"));
        m_templateDetails->setText(tr("Its parameters and the files it generates appear here."));
        m_form->setSchema(ParameterSchema(QJsonArray()));
    } else if (!entry) {
        m_templateTitle->setText(id);
        m_templateDetails->setText(
            tr("The template '%1' is not in the catalog: add it to a template folder to edit and render %2.")
                .arg(templateName, id));
        m_form->setSchema(ParameterSchema(QJsonArray()));
    } else {
        const TemplateManifest &manifest = entry->manifest;
        const QString version = service ? service->templateVersion : resource->templateVersion;
        m_templateTitle->setText(id);
        m_templateDetails->setText(tr("%1 · %2 version %3%4\n%5")
                .arg(manifest.title, manifest.name, version,
                    version == manifest.version ? QString() : tr(" (the catalog has %1)").arg(manifest.version),
                    manifest.description));
        m_form->setSchema(
            ParameterSchema(manifest.parameterPages), service ? service->parameters : resource->parameters);
    }
    m_fillingForm = false;
    requestRender();
}

void ComposePage::applyFormValues(const QJsonObject &values)
{
    if (m_fillingForm || m_currentNode.isEmpty())
        return;
    m_fillingForm = true;
    m_document->setParameters(m_currentNode, values);
    m_fillingForm = false;
    requestRender();
}

void ComposePage::requestRender()
{
    const ServiceNode *service = m_document->service(m_currentNode);
    const ResourceNode *resource = service ? nullptr : m_document->resource(m_currentNode);
    const std::optional<TemplateCatalog::Entry> entry = service ? m_catalog->find(service->templateName)
        : resource                                              ? m_catalog->find(resource->templateName)
                                                                : std::nullopt;
    if (!entry) {
        m_generate->setEnabled(false);
        m_status->clear();
        clearPreview();
        return;
    }
    const QJsonObject values = m_form->values();
    const QHash<QString, QString> errors = ParameterSchema(entry->manifest.parameterPages).validate(values);
    m_form->setErrors(errors);
    m_formValid = errors.isEmpty();
    m_generate->setEnabled(false);
    if (!m_formValid) {
        QStringList missing;
        for (auto it = errors.constBegin(); it != errors.constEnd(); ++it)
            missing.append(it.value());
        missing.sort();
        m_status->setText(
            tr("The preview appears when the form is complete:\n%1").arg(missing.join(QLatin1Char('\n'))));
        clearPreview();
        return;
    }
    // A service renders exactly as the bundle renders it (its id as name, the services it calls),
    // so that a hand edit's base is what Generate writes.
    if (service) {
        TemplateDiagnostics ignored; // the bundle's status names them
        const QList<ServiceRecord> records
            = BundleBuilder::records(m_document->composition(), m_catalog->entries(), &ignored);
        const auto record = std::ranges::find(records, m_currentNode, &ServiceRecord::id);
        QString error;
        if (record != records.cend()) {
            if (std::optional<RenderRequest> request = record->request(m_catalog->entries(), &error)) {
                m_renderer->request(*request);
                return;
            }
        }
    }
    // A service renders with the resources it uses on the canvas attached.
    QList<ResourceAttachment> resources;
    for (const Connection &connection : m_document->connectionsOf(m_currentNode)) {
        if (connection.from != m_currentNode || connection.kind != Connection::Kind::Uses)
            continue;
        if (const ResourceNode *used = m_document->resource(connection.to))
            resources.append({ used->kind, used->id, used->parameters });
    }
    m_renderer->request(m_catalog->request(*entry, values, resources));
}

void ComposePage::clearPreview()
{
    m_lastRender = {};
    m_files->setResult({});
    m_editorPath.clear();
    m_editorEditable = false;
    m_content->setFile({}, {});
    m_content->setReadOnly(true);
    m_editBar->hide();
}

void ComposePage::showResult(const RenderResult &result)
{
    m_lastRender = result;
    showRendered();
    Q_EMIT previewUpdated();
}

OverrideMerge ComposePage::shownMerge(const Override &edit) const
{
    const RenderedFile *plain = m_lastRender.file(edit.path);
    return Overrides::merge(
        edit, plain && !plain->directory ? std::optional<QByteArray>(plain->content) : std::nullopt);
}

void ComposePage::showRendered()
{
    const QString keep = m_selectedPath;
    const RenderResult &result = m_lastRender;
    RenderResult shown = result;
    const ServiceNode *service = m_document->service(m_currentNode);
    if (service && result.ok()) {
        for (const Override &edit : service->overrides) {
            const OverrideMerge merge = shownMerge(edit);
            auto file = std::ranges::find_if(
                shown.files, [&](const RenderedFile &f) { return !f.skipped && f.path == edit.path; });
            if (file == shown.files.end()) {
                // No longer generated: the edit is still shown, so that it can be read or reverted.
                RenderedFile orphan;
                orphan.path = edit.path;
                orphan.sourcePath = edit.path;
                shown.files.append(orphan);
                file = shown.files.end() - 1;
            }
            file->content = merge.result.edited;
        }
    }
    m_files->setResult(shown);
    updateMarks();
    m_tree->expandAll();
    if (!result.ok()) {
        QStringList lines;
        for (const TemplateDiagnostic &d : result.diagnostics)
            lines.append(d.toString());
        m_status->setText(lines.join(QLatin1Char('\n')));
        m_editorPath.clear();
        m_editorEditable = false;
        m_content->setFile({}, {});
        m_content->setReadOnly(true);
        m_editBar->hide();
        return;
    }
    int files = 0;
    int skipped = 0;
    for (const RenderedFile &f : result.files) {
        files += !f.skipped && !f.directory ? 1 : 0;
        skipped += f.skipped ? 1 : 0;
    }
    QStringList notes;
    for (const StepReport &s : result.steps) {
        if (s.status == StepReport::Status::Skipped)
            notes.append(tr("Step %1 (%2) skipped: %3").arg(s.id, s.action, s.reason));
    }
    m_status->setText(tr("%n file(s), %1 skipped, rendered in %2 ms", nullptr, int(files))
                          .arg(skipped)
                          .arg(result.milliseconds, 0, 'f', 1)
        + (notes.isEmpty() ? QString() : QStringLiteral("\n") + notes.join(QLatin1Char('\n'))));
    m_generate->setEnabled(m_formValid);
    QModelIndex select = m_files->indexForPath(keep.isEmpty() ? QStringLiteral("README.md") : keep);
    if (!select.isValid())
        select = m_files->indexForPath(QStringLiteral("README.md"));
    if (select.isValid())
        m_tree->setCurrentIndex(select);
    showFile(m_tree->currentIndex());
}

void ComposePage::updateMarks()
{
    QHash<QString, QString> marks;
    if (const ServiceNode *service = m_document->service(m_currentNode)) {
        for (const Override &edit : service->overrides) {
            const OverrideMerge merge = shownMerge(edit);
            marks.insert(edit.path, overrideMark(merge, Overrides::markedConflicts(merge.result).conflicts.size()));
        }
    }
    m_files->setMarks(marks);
}

void ComposePage::showFile(const QModelIndex &index)
{
    if (!index.isValid() || index.data(RenderedFilesModel::IsDirectoryRole).toBool()) {
        m_editorPath.clear();
        m_editorEditable = false;
        m_content->setFile({}, {});
        m_content->setReadOnly(true);
        m_editBar->hide();
        return;
    }
    m_selectedPath = index.data(RenderedFilesModel::PathRole).toString();
    // The document holds the edit as typed; the tree's copy may be older than the last keystroke.
    const ServiceNode *service = m_document->service(m_currentNode);
    const Override *edit = service ? service->overrideOf(m_selectedPath) : nullptr;
    const QByteArray content
        = edit ? shownMerge(*edit).result.edited : index.data(RenderedFilesModel::ContentRole).toByteArray();
    const QString text = QString::fromUtf8(content);
    const bool isText = !content.contains('\0') && text.toUtf8() == content;
    const RenderedFile *plain = m_lastRender.file(m_selectedPath);
    m_editorEditable = service && isText && plain && !plain->directory;
    const QString shownText = isText ? text : tr("(binary file, %n byte(s))", nullptr, int(content.size()));
    if (m_editorPath != m_selectedPath || m_content->content() != shownText) {
        // The same file again (a re-render): the cursor and the scroll stay where they were.
        const bool sameFile = m_editorPath == m_selectedPath;
        QScrollBar *scrollBar = m_content->textEdit()->verticalScrollBar();
        const int scroll = scrollBar->value();
        const int position = m_content->textEdit()->textCursor().position();
        m_content->setFile(m_selectedPath.section(QLatin1Char('/'), -1), shownText);
        if (sameFile) {
            QTextCursor cursor = m_content->textEdit()->textCursor();
            cursor.setPosition(std::min(position, m_content->textEdit()->document()->characterCount() - 1));
            m_content->textEdit()->setTextCursor(cursor);
        }
        scrollBar->setValue(scroll);
    }
    m_editorPath = m_selectedPath;
    m_content->setReadOnly(!m_editorEditable);
    updateEditBar();
}

void ComposePage::updateEditBar()
{
    const ServiceNode *service = m_document->service(m_currentNode);
    const Override *edit = service && !m_editorPath.isEmpty() ? service->overrideOf(m_editorPath) : nullptr;
    if (!edit) {
        m_editBar->hide();
        return;
    }
    const OverrideMerge merge = shownMerge(*edit);
    const QList<ConflictHunk> conflicts = Overrides::markedConflicts(merge.result).conflicts;
    if (!conflicts.isEmpty())
        m_editNote->setText(
            tr("%n conflict(s) with the new render, the first at line %1", nullptr, int(conflicts.size()))
                .arg(conflicts.constFirst().line));
    else if (merge.status == OverrideMerge::Status::Orphaned)
        m_editNote->setText(tr("No longer generated; your edit is kept"));
    else if (merge.status == OverrideMerge::Status::Failed)
        m_editNote->setText(merge.error);
    else
        m_editNote->setText(tr("Edited: merged into every new render"));
    m_editNote->setToolTip(conflicts.isEmpty()
            ? tr("Your edit is kept as an override of the generated file and merged into every new render.")
            : tr("Your edit and the new render change the same lines. Keep your lines or take the template's, "
                 "one conflict at a time, or edit the text between the markers."));
    m_keepMine->setVisible(!conflicts.isEmpty());
    m_takeTemplate->setVisible(!conflicts.isEmpty());
    m_editBar->show();
}

void ComposePage::editShownFile()
{
    const RenderedFile *plain = m_lastRender.file(m_editorPath);
    if (!m_editorEditable || !plain || !m_document->service(m_currentNode))
        return;
    m_typing = true;
    m_document->editFile(m_currentNode, { m_editorPath, plain->content, m_content->content().toUtf8() });
    m_typing = false;
}

void ComposePage::resolveFirstConflict(Overrides::Resolution choice)
{
    const ServiceNode *service = m_document->service(m_currentNode);
    const Override *edit = service ? service->overrideOf(m_editorPath) : nullptr;
    if (!edit)
        return;
    const std::optional<Override> resolved = Overrides::resolveOne(shownMerge(*edit).result, 0, { choice, {} });
    if (!resolved)
        return;
    m_document->setOverride(m_currentNode, m_editorPath, resolved->edited == resolved->base ? std::nullopt : resolved,
        tr("Resolve a conflict in %1 of %2").arg(m_editorPath, m_currentNode));
}

void ComposePage::revertShownFile()
{
    m_document->setOverride(m_currentNode, m_editorPath, std::nullopt,
        tr("Revert %1 of %2 to the generated text").arg(m_editorPath, m_currentNode));
}

void ComposePage::generateTo(const QString &folder)
{
    m_generate->setEnabled(false);
    m_status->setText(tr("Generating the composition into %1…").arg(QDir::toNativeSeparators(folder)));
    m_bundleRenderer->generate({ 0, m_document->composition(), m_catalog->entries(), {} }, folder);
}

void ComposePage::showGeneration(const BundleWriter::Generation &generation)
{
    m_generate->setEnabled(m_formValid);
    const QString folder = QDir::toNativeSeparators(generation.directory);
    if (!generation.ok()) {
        m_status->setText(tr("Nothing was written to %1:\n%2").arg(folder, generation.problems.join(u'\n')));
    } else {
        m_status->setText(tr("Wrote %n file(s) to %1", nullptr, generation.files).arg(folder));
        m_generatedFolder = generation.directory;
        m_gitInit->setEnabled(true);
        m_gitInit->setToolTip(
            tr("Make %1 a git repository and commit everything in it (author from your git config)").arg(folder));
    }
    Q_EMIT generationFinished(generation.ok());
}

void ComposePage::initialiseRepository(const QString &folder, const QString &remoteUrl)
{
    if (folder.isEmpty())
        return;
    m_gitInit->setEnabled(false);
    const QString shown = QDir::toNativeSeparators(folder);
    m_status->setText(tr("Making %1 a git repository…").arg(shown));
    // libgit2 reads and hashes every file: not on the GUI thread. The pool is waited for before the
    // page goes, so the answer always has a page to land on.
    m_gitPool->start([this, folder, remoteUrl, shown] {
        ServiceRepository::InitOptions options;
        options.remoteUrl = remoteUrl;
        QString error;
        const std::optional<QString> sha = ServiceRepository::initialise(folder, options, &error);
        QMetaObject::invokeMethod(this, [this, sha, error, shown, remoteUrl] {
            m_gitInit->setEnabled(!m_generatedFolder.isEmpty());
            if (sha)
                m_status->setText(remoteUrl.isEmpty()
                        ? tr("%1 is now a git repository: first commit %2 on main").arg(shown, sha->left(12))
                        : tr("%1 is now a git repository: first commit %2 on main, origin %3")
                              .arg(shown, sha->left(12), remoteUrl));
            else
                m_status->setText(tr("No git repository was made: %1").arg(error));
            Q_EMIT repositoryInitialised(sha.has_value());
        });
    });
}

void ComposePage::chooseFolderAndGenerate()
{
    // A folder generated before may be chosen again: hand edits kept as overrides are merged, and
    // any other edit stops the run and is named, so nothing written by hand is lost.
    const QString folder = QFileDialog::getExistingDirectory(this, tr("Generate the composition into a folder"));
    if (!folder.isEmpty())
        generateTo(folder);
}

QString ComposePage::openDocument(const QString &path)
{
    if (!confirmDiscard())
        return tr("%1 was not opened: the composition on the Compose page has unsaved changes").arg(path);
    return openComposition(path) ? QString() : m_message->text();
}

bool ComposePage::newComposition()
{
    Composition composition;
    composition.name = tr("untitled");
    m_document->reset(composition);
    showMessage({}, false);
    return true;
}

bool ComposePage::openComposition(const QString &path)
{
    const CompositionLoadResult loaded = CompositionFile::load(path);
    if (!loaded.ok()) {
        showMessage(tr("%1 was not opened; the file is unchanged:\n%2").arg(path, joinErrors(loaded.errors)), true);
        return false;
    }
    m_document->reset(loaded.composition, loaded.layout, path);
    m_canvas->view()->fitToView();
    showMessage({}, false);
    RecentDocuments::add(path);
    m_rulesChecked = false;
    if (!m_catalog->entries().isEmpty())
        checkRules();
    return true;
}

void ComposePage::checkRules()
{
    m_rulesChecked = true;
    const QStringList problems = m_document->portRules().problems(m_document->composition());
    if (!problems.isEmpty())
        showMessage(tr("Some connections break the templates' rules:\n%1").arg(problems.join(u'\n')), true);
}

bool ComposePage::saveComposition(const QString &path)
{
    QString error;
    if (!m_document->save(path, &error)) {
        showMessage(tr("Not saved: %1. Your work is still here and in the autosave.").arg(error), true);
        return false;
    }
    showMessage(tr("Saved %1").arg(QDir::toNativeSeparators(path)), false);
    RecentDocuments::add(path);
    return true;
}

bool ComposePage::save()
{
    return m_document->filePath().isEmpty() ? saveAs() : saveComposition(m_document->filePath());
}

bool ComposePage::saveAs()
{
    const QString directory
        = m_document->filePath().isEmpty() ? QDir::homePath() : QFileInfo(m_document->filePath()).path();
    QString path = QFileDialog::getSaveFileName(
        this, tr("Save Composition"), directory, tr("Tarmac compositions (*.tarmac.yaml)"));
    if (path.isEmpty())
        return false;
    if (!path.endsWith(QLatin1String(CompositionFile::Suffix)))
        path += QLatin1String(CompositionFile::Suffix);
    return saveComposition(path);
}

void ComposePage::open()
{
    if (!confirmDiscard())
        return;
    const QString directory
        = m_document->filePath().isEmpty() ? QDir::homePath() : QFileInfo(m_document->filePath()).path();
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Open Composition"), directory, tr("Tarmac compositions (*.tarmac.yaml)"));
    if (!path.isEmpty())
        openComposition(path);
}

bool ComposePage::confirmDiscard()
{
    if (!m_document->isModified())
        return true;
    const auto answer = QMessageBox::question(this, tr("Unsaved composition"),
        tr("This composition has changes that are not saved. Discard them?"),
        QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Cancel);
    return answer == QMessageBox::Discard;
}

void ComposePage::recoverAutosave()
{
    const QStringList files = CompositionDocument::recoverableFiles(m_document->autosaveDirectory());
    if (files.isEmpty())
        return;
    const CompositionLoadResult loaded = CompositionFile::load(files.constFirst());
    if (!loaded.ok()) {
        showMessage(tr("An autosaved composition could not be read and was left in %1:\n%2")
                        .arg(QDir::toNativeSeparators(files.constFirst()), joinErrors(loaded.errors)),
            true);
        return;
    }
    m_document->reset(loaded.composition, loaded.layout, CompositionDocument::originalPathOf(files.constFirst()));
    m_document->adoptAutosave(files.constFirst());
    showMessage(tr("Recovered the unsaved composition “%1” from %2. Save it to keep it.")
                    .arg(loaded.composition.name, QFileInfo(files.constFirst()).lastModified().toString(Qt::ISODate)),
        false);
}

}

// SPDX-License-Identifier: GPL-3.0-or-later
#include "composepage.h"

#include "config/codehighlighter.h"
#include "parameterform.h"
#include "templates/parameterschema.h"
#include "templates/rendercontroller.h"
#include "templates/renderedfilesmodel.h"
#include "templates/templatecatalog.h"
#include "templates/templatecatalogmodel.h"
#include "templates/templatecatalogproxy.h"
#include "templates/templatewriter.h"

#include <QCheckBox>
#include <QDir>
#include <QFileDialog>
#include <QFontDatabase>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QSplitter>
#include <QStandardPaths>
#include <QTimer>
#include <QTreeView>
#include <QVBoxLayout>

namespace Tarmac {

ComposePage::ComposePage(QWidget *parent)
    : QWidget(parent)
    , m_catalog(new TemplateCatalog(this))
    , m_model(new TemplateCatalogModel(this))
    , m_proxy(new TemplateCatalogProxy(this))
    , m_renderer(new RenderController(this))
    , m_files(new RenderedFilesModel(this))
{
    auto *splitter = new QSplitter(Qt::Horizontal, this);
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(splitter);

    // Gallery
    auto *galleryPane = new QWidget(splitter);
    auto *galleryLayout = new QVBoxLayout(galleryPane);
    m_search = new QLineEdit(galleryPane);
    m_search->setObjectName(QStringLiteral("templateSearch"));
    m_search->setPlaceholderText(tr("Search templates, tags, owners…"));
    m_search->setClearButtonEnabled(true);
    m_searchTimer = new QTimer(this);
    m_searchTimer->setSingleShot(true);
    m_searchTimer->setInterval(300);
    connect(m_search, &QLineEdit::textChanged, m_searchTimer, qOverload<>(&QTimer::start));
    connect(m_searchTimer, &QTimer::timeout, this, [this] { m_proxy->setSearchText(m_search->text()); });
    m_gallery = new QListView(galleryPane);
    m_gallery->setObjectName(QStringLiteral("templateGallery"));
    m_gallery->setUniformItemSizes(true);
    m_gallery->setTextElideMode(Qt::ElideRight);
    m_gallery->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_gallery->setSpacing(2);
    m_proxy->setSourceModel(m_model);
    m_proxy->setKind(QStringLiteral("service"));
    m_gallery->setModel(m_proxy);
    m_gallery->setModelColumn(TemplateCatalogModel::TitleColumn);
    galleryLayout->addWidget(m_search);
    galleryLayout->addWidget(m_gallery, 1);
    connect(m_gallery->selectionModel(), &QItemSelectionModel::currentChanged, this,
        [this](const QModelIndex &current) { selectTemplate(current); });

    // Parameters
    auto *scroll = new QScrollArea(splitter);
    scroll->setWidgetResizable(true);
    auto *formPane = new QWidget(scroll);
    auto *formLayout = new QVBoxLayout(formPane);
    m_templateTitle = new QLabel(tr("Choose a template"), formPane);
    QFont titleFont = m_templateTitle->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.3);
    titleFont.setBold(true);
    m_templateTitle->setFont(titleFont);
    m_templateDetails = new QLabel(formPane);
    m_templateDetails->setWordWrap(true);
    m_form = new ParameterForm(formPane);
    m_resourceBox = new QWidget(formPane);
    m_resourceLayout = new QVBoxLayout(m_resourceBox);
    m_resourceLayout->setContentsMargins(0, 0, 0, 0);
    m_generate = new QPushButton(tr("&Generate…"), formPane);
    m_generate->setObjectName(QStringLiteral("generateButton"));
    m_generate->setEnabled(false);
    m_status = new QLabel(formPane);
    m_status->setObjectName(QStringLiteral("composeStatus"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    formLayout->addWidget(m_templateTitle);
    formLayout->addWidget(m_templateDetails);
    formLayout->addWidget(m_form);
    formLayout->addWidget(m_resourceBox);
    formLayout->addWidget(m_generate);
    formLayout->addWidget(m_status);
    formLayout->addStretch(1);
    scroll->setWidget(formPane);
    connect(m_form, &ParameterForm::valuesChanged, this, &ComposePage::requestRender);
    connect(m_generate, &QPushButton::clicked, this, &ComposePage::chooseFolderAndGenerate);

    // Preview
    auto *previewSplitter = new QSplitter(Qt::Vertical, splitter);
    m_tree = new QTreeView(previewSplitter);
    m_tree->setObjectName(QStringLiteral("previewTree"));
    m_tree->setModel(m_files);
    m_tree->setUniformRowHeights(true);
    m_tree->header()->setSectionResizeMode(RenderedFilesModel::NameColumn, QHeaderView::ResizeToContents);
    m_content = new QPlainTextEdit(previewSplitter);
    m_content->setObjectName(QStringLiteral("previewContent"));
    m_content->setReadOnly(true);
    m_content->setPlaceholderText(
        tr("The files this template generates appear here as you fill in the form; pick one above to read it."));
    m_content->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_content->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_highlighter = new CodeHighlighter(m_content->document(), this);
    previewSplitter->setStretchFactor(1, 2);
    connect(m_tree->selectionModel(), &QItemSelectionModel::currentChanged, this,
        [this](const QModelIndex &current) { showFile(current); });
    connect(m_renderer, &RenderController::finished, this, &ComposePage::showResult);

    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 2);
    splitter->setStretchFactor(2, 3);
    splitter->setSizes({ 220, 380, 560 });

    m_model->setCatalog(m_catalog);
    connect(m_catalog, &TemplateCatalog::changed, this, [this] {
        if (!m_gallery->currentIndex().isValid() && m_proxy->rowCount() > 0)
            m_gallery->setCurrentIndex(m_proxy->index(0, TemplateCatalogModel::TitleColumn));
    });
    const QString userFolder = QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation);
    if (!userFolder.isEmpty())
        m_catalog->setUserFolders({ userFolder + QStringLiteral("/tarmac/templates") });
    m_catalog->reload();
}

ComposePage::~ComposePage() = default;

void ComposePage::selectTemplate(const QModelIndex &index)
{
    const TemplateCatalog::Entry *entry = m_model->entry(m_proxy->mapToSource(index).row());
    if (!entry)
        return;
    m_currentTemplate = entry->manifest.name;
    m_templateTitle->setText(entry->manifest.title);
    m_templateDetails->setText(tr("%1 · version %2 · owner %3\n%4")
            .arg(entry->manifest.name, entry->manifest.version,
                entry->manifest.owner.isEmpty() ? tr("unknown") : entry->manifest.owner, entry->manifest.description));
    rebuildResources();
    m_form->setSchema(ParameterSchema(entry->manifest.parameterPages));
}

void ComposePage::rebuildResources()
{
    qDeleteAll(m_resourceChecks);
    m_resourceChecks.clear();
    while (QLayoutItem *item = m_resourceLayout->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    const std::optional<TemplateCatalog::Entry> entry = m_catalog->find(m_currentTemplate);
    if (!entry || entry->manifest.attachableResources.isEmpty())
        return;
    m_resourceLayout->addWidget(new QLabel(tr("<b>Attach resources</b>"), m_resourceBox));
    for (const QString &kind : entry->manifest.attachableResources) {
        const std::optional<TemplateCatalog::Entry> resource = [&]() -> std::optional<TemplateCatalog::Entry> {
            for (const TemplateCatalog::Entry &e : m_catalog->entries()) {
                if (e.manifest.kind == TemplateManifest::Kind::Resource && e.manifest.resourceKind == kind)
                    return e;
            }
            return std::nullopt;
        }();
        auto *check = new QCheckBox(resource ? resource->manifest.title : kind, m_resourceBox);
        check->setObjectName(QStringLiteral("resource_") + kind);
        check->setProperty("resourceKind", kind);
        if (resource)
            check->setToolTip(resource->manifest.description);
        connect(check, &QCheckBox::toggled, this, &ComposePage::requestRender);
        m_resourceLayout->addWidget(check);
        m_resourceChecks.append(check);
    }
}

void ComposePage::requestRender()
{
    const std::optional<TemplateCatalog::Entry> entry = m_catalog->find(m_currentTemplate);
    if (!entry)
        return;
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
        m_files->setResult({});
        m_content->clear();
        return;
    }
    QList<ResourceAttachment> resources;
    for (QCheckBox *check : std::as_const(m_resourceChecks)) {
        if (check->isChecked())
            resources.append({ check->property("resourceKind").toString(), {} });
    }
    m_renderer->request(m_catalog->request(*entry, values, resources));
}

void ComposePage::showResult(const RenderResult &result)
{
    const QString keep = m_selectedPath;
    m_files->setResult(result);
    m_tree->expandAll();
    if (!result.ok()) {
        QStringList lines;
        for (const TemplateDiagnostic &d : result.diagnostics)
            lines.append(d.toString());
        m_status->setText(lines.join(QLatin1Char('\n')));
        m_content->clear();
    } else {
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
        m_status->setText(
            tr("%n file(s), %1 skipped, rendered in %2 ms", nullptr, int(files)).arg(skipped).arg(result.milliseconds, 0, 'f', 1)
            + (notes.isEmpty() ? QString() : QStringLiteral("\n") + notes.join(QLatin1Char('\n'))));
        m_generate->setEnabled(m_formValid);
        QModelIndex select = m_files->indexForPath(keep.isEmpty() ? QStringLiteral("README.md") : keep);
        if (!select.isValid())
            select = m_files->indexForPath(QStringLiteral("README.md"));
        if (select.isValid())
            m_tree->setCurrentIndex(select);
        showFile(m_tree->currentIndex());
    }
    Q_EMIT previewUpdated();
}

void ComposePage::showFile(const QModelIndex &index)
{
    if (!index.isValid() || index.data(RenderedFilesModel::IsDirectoryRole).toBool()) {
        m_content->clear();
        return;
    }
    m_selectedPath = index.data(RenderedFilesModel::PathRole).toString();
    const QByteArray content = index.data(RenderedFilesModel::ContentRole).toByteArray();
    const int scroll = m_content->verticalScrollBar() ? m_content->verticalScrollBar()->value() : 0;
    m_highlighter->setFileName(m_selectedPath.section(QLatin1Char('/'), -1));
    m_content->setPlainText(content.contains('\0') ? tr("(binary file, %n byte(s))", nullptr, int(content.size()))
                                                   : QString::fromUtf8(content));
    m_content->verticalScrollBar()->setValue(scroll);
}

bool ComposePage::generateTo(const QString &folder)
{
    const TemplateDiagnostics problems = TemplateWriter::write(m_files->result(), folder);
    if (!problems.isEmpty()) {
        QStringList lines;
        for (const TemplateDiagnostic &d : problems)
            lines.append(d.toString());
        m_status->setText(tr("Nothing was written:\n%1").arg(lines.join(QLatin1Char('\n'))));
        return false;
    }
    m_status->setText(tr("Wrote the files to %1").arg(QDir::toNativeSeparators(folder)));
    return true;
}

void ComposePage::chooseFolderAndGenerate()
{
    const QString folder = QFileDialog::getExistingDirectory(this, tr("Generate into folder"));
    if (folder.isEmpty())
        return;
    if (!QDir(folder).isEmpty(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden)) {
        m_status->setText(tr("%1 is not empty; choose an empty folder").arg(QDir::toNativeSeparators(folder)));
        return;
    }
    generateTo(folder);
}

}

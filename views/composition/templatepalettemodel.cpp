// SPDX-License-Identifier: GPL-3.0-or-later
#include "templatepalettemodel.h"

#include "templates/templatecatalogmodel.h"

#include <QMimeData>

namespace Tarmac {

TemplatePaletteModel::TemplatePaletteModel(QObject *parent)
    : QIdentityProxyModel(parent)
{
}

TemplatePaletteModel::~TemplatePaletteModel() = default;

Qt::ItemFlags TemplatePaletteModel::flags(const QModelIndex &index) const
{
    const Qt::ItemFlags flags = QIdentityProxyModel::flags(index);
    return index.isValid() ? flags | Qt::ItemIsDragEnabled : flags;
}

QStringList TemplatePaletteModel::mimeTypes() const
{
    return { mimeType() };
}

QMimeData *TemplatePaletteModel::mimeData(const QModelIndexList &indexes) const
{
    if (indexes.isEmpty())
        return nullptr;
    auto *data = new QMimeData;
    data->setData(mimeType(), indexes.constFirst().data(TemplateCatalogModel::NameRole).toString().toUtf8());
    return data;
}

}

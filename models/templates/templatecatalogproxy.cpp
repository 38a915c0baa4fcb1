// SPDX-License-Identifier: GPL-3.0-or-later
#include "templates/templatecatalogproxy.h"

#include "templates/templatecatalogmodel.h"

namespace Tarmac {

TemplateCatalogProxy::TemplateCatalogProxy(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortCaseSensitivity(Qt::CaseInsensitive);
    setSortRole(Qt::DisplayRole);
    sort(TemplateCatalogModel::TitleColumn);
}

TemplateCatalogProxy::~TemplateCatalogProxy() = default;

void TemplateCatalogProxy::setSearchText(const QString &text)
{
    const QStringList words = text.toLower().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    if (words == m_words)
        return;
    m_words = words;
    invalidateRowsFilter();
}

void TemplateCatalogProxy::setKind(const QString &kind)
{
    if (kind == m_kind)
        return;
    m_kind = kind;
    invalidateRowsFilter();
}

bool TemplateCatalogProxy::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    if (!m_kind.isEmpty() && index.data(TemplateCatalogModel::KindRole).toString() != m_kind)
        return false;
    const QString text = index.data(TemplateCatalogModel::SearchTextRole).toString();
    return std::all_of(m_words.cbegin(), m_words.cend(), [&](const QString &w) { return text.contains(w); });
}

}

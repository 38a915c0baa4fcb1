// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSortFilterProxyModel>
#include <QStringList>

namespace Tarmac {

// Search (every word must match name, title, description, tags or owner) and a kind filter over
// TemplateCatalogModel, sorted by title.
class TemplateCatalogProxy : public QSortFilterProxyModel {
    Q_OBJECT
public:
    explicit TemplateCatalogProxy(QObject *parent = nullptr);
    ~TemplateCatalogProxy() override;

    void setSearchText(const QString &text);
    // "service", "resource", or empty for both.
    void setKind(const QString &kind);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    QStringList m_words;
    QString m_kind;
};

}

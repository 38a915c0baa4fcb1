// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAbstractListModel>

namespace Tarmac {

class CompositionDocument;

// The nodes of a composition as a list (services, then resources, in the document's order): the
// outline beside the canvas and the keyboard path to every node. Follows the document's edits
// with fine-grained inserts and removals.
class CompositionNodeModel : public QAbstractListModel {
    Q_OBJECT
public:
    enum Roles {
        IdRole = Qt::UserRole + 1,
        IsServiceRole, // bool
        TemplateRole, // template name
        ResourceKindRole, // for resources: postgres, redis...
        ConnectionCountRole, // int
    };

    explicit CompositionNodeModel(CompositionDocument *document, QObject *parent = nullptr);
    ~CompositionNodeModel() override;

    QModelIndex indexOf(const QString &id) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

private:
    // Where id sits in the document's order: services first, then resources.
    qsizetype documentRow(const QString &id) const;
    void refreshConnectionCounts();

    CompositionDocument *m_document;
    QStringList m_ids; // mirrors the document, so removals can be announced after the fact
};

}

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QIdentityProxyModel>

namespace Tarmac {

// The template catalog as a palette: the same rows, draggable onto the composition canvas.
class TemplatePaletteModel : public QIdentityProxyModel {
    Q_OBJECT
public:
    // A drag carries the template's name, UTF-8.
    static QString mimeType() { return QStringLiteral("application/x-tarmac-template"); }

    explicit TemplatePaletteModel(QObject *parent = nullptr);
    ~TemplatePaletteModel() override;

    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QStringList mimeTypes() const override;
    QMimeData *mimeData(const QModelIndexList &indexes) const override;
};

}

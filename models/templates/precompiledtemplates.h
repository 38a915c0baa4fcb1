// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QHash>
#include <QString>

namespace Tarmac {

// The nunjucks code the build compiled for the built-in templates' sources (file contents, file
// names, step inputs), so that rendering them needs neither nunjucks' compiler nor its run time:
// a table in the resources (:/tarmac/templates/precompiled.bin, written by
// tools/precompile_templates.py) from the SHA-1 of a kind and a source to the answer. A source it
// does not hold (a user's template, a build without node) is compiled at run time as before.
// Immutable after it loads once; safe to read from any thread.
class PrecompiledTemplates {
public:
    static const PrecompiledTemplates &instance();

    // kind: "code" (the compiler's output for a Backstage-mode source) or "single" ("1" when the
    // source is a single expression, "0" when not). Empty when the table does not hold it.
    QByteArrayView find(QByteArrayView kind, const QString &source) const;
    qsizetype size() const { return m_entries.size(); }

    // The key the build writes for a kind and a source.
    static QByteArray key(QByteArrayView kind, const QString &source);

private:
    PrecompiledTemplates();

    QByteArray m_storage; // only when the resource is compressed; otherwise it is read in place
    QHash<QByteArray, QByteArrayView> m_entries;
};

}

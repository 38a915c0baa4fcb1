// SPDX-License-Identifier: GPL-3.0-or-later
#include "templates/precompiledtemplates.h"

#include "core/logging.h"

#include <QCryptographicHash>
#include <QResource>

namespace Tarmac {

namespace {
// "TNJK1\n", the entry count, one "KEY OFFSET LENGTH" line per entry, then the data they point into.
constexpr QByteArrayView magic("TNJK1\n");
}

const PrecompiledTemplates &PrecompiledTemplates::instance()
{
    static const PrecompiledTemplates table;
    return table;
}

PrecompiledTemplates::PrecompiledTemplates()
{
    const QResource resource(QStringLiteral(":/tarmac/templates/precompiled.bin"));
    if (!resource.isValid())
        return;
    QByteArrayView data;
    if (resource.compressionAlgorithm() == QResource::NoCompression) {
        data = QByteArrayView(reinterpret_cast<const char *>(resource.data()), resource.size());
    } else {
        m_storage = resource.uncompressedData();
        data = m_storage;
    }
    if (!data.startsWith(magic))
        return;
    qsizetype position = magic.size();
    auto line = [&]() -> QByteArrayView {
        const qsizetype end = data.indexOf('\n', position);
        if (end < 0)
            return {};
        const QByteArrayView text = data.sliced(position, end - position);
        position = end + 1;
        return text;
    };
    bool ok = false;
    const qsizetype count = line().toLongLong(&ok);
    if (!ok || count < 0)
        return;
    struct Slice {
        QByteArray key;
        qsizetype offset;
        qsizetype length;
    };
    QList<Slice> slices;
    slices.reserve(count);
    for (qsizetype i = 0; i < count; ++i) {
        const QList<QByteArray> fields = line().toByteArray().split(' ');
        bool offsetOk = false;
        bool lengthOk = false;
        if (fields.size() != 3)
            return;
        slices.append({ fields.at(0), fields.at(1).toLongLong(&offsetOk), fields.at(2).toLongLong(&lengthOk) });
        if (!offsetOk || !lengthOk)
            return;
    }
    const QByteArrayView payload = data.sliced(position);
    m_entries.reserve(count);
    for (const Slice &slice : std::as_const(slices)) {
        if (slice.offset < 0 || slice.length < 0 || slice.offset + slice.length > payload.size()) {
            qCWarning(lcTemplates) << "the precompiled templates are damaged; compiling at run time instead";
            m_entries.clear();
            return;
        }
        m_entries.insert(slice.key, payload.sliced(slice.offset, slice.length));
    }
}

QByteArray PrecompiledTemplates::key(QByteArrayView kind, const QString &source)
{
    QCryptographicHash hash(QCryptographicHash::Sha1);
    hash.addData(kind);
    hash.addData("\n");
    hash.addData(source.toUtf8());
    return hash.result().toHex();
}

QByteArrayView PrecompiledTemplates::find(QByteArrayView kind, const QString &source) const
{
    if (m_entries.isEmpty())
        return {};
    return m_entries.value(key(kind, source));
}

}

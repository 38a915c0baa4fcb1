// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Internal to models/assessment: reading and writing YAML with yaml-cpp while collecting errors
// with their positions. Only .cpp files include this, so yaml-cpp stays out of public headers.

#include "assessment/sourceerror.h"

#include <QCoreApplication>
#include <QStringList>

#include <yaml-cpp/yaml.h>

namespace Tarmac {

QString toQString(const std::string &text);
std::string toStd(const QString &text);

class YamlReader {
    Q_DECLARE_TR_FUNCTIONS(Tarmac::YamlReader)
public:
    explicit YamlReader(const QString &fileName);

    // The document's root, or an undefined node after recording why there is none.
    YAML::Node parse(const QByteArray &bytes);

    void error(const YAML::Mark &mark, const QString &message);
    void error(const YAML::Node &at, const QString &message);

    // Typed access to map[key]. A missing required key is reported at the map; a value of the wrong
    // type at the value. Wrong or missing values yield the fallback.
    QString text(const YAML::Node &map, const char *key, bool required = false);
    int integer(const YAML::Node &map, const char *key, bool required = false, int fallback = 0);
    bool boolean(const YAML::Node &map, const char *key, bool fallback = false);
    QStringList textList(const YAML::Node &map, const char *key);
    // A sequence or mapping child; undefined (and reported when required) if absent or of another type.
    YAML::Node sequence(const YAML::Node &map, const char *key, bool required = false);
    YAML::Node mapping(const YAML::Node &map, const char *key, bool required = false);

    bool scalarText(const YAML::Node &node, QString *out);
    bool scalarInteger(const YAML::Node &node, int *out);

    const QList<SourceError> &errors() const { return m_errors; }
    bool hasErrors() const { return !m_errors.isEmpty(); }

private:
    QString m_fileName;
    QList<SourceError> m_errors;
};

}

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "templates/templatetypes.h"

#include <QObject>

#include <memory>

namespace Tarmac {

class NunjucksEngine;

// Lives on RenderController's thread and owns that thread's nunjucks engine (whose compiled
// templates stay cached between renders).
class RenderWorker : public QObject {
    Q_OBJECT
public:
    explicit RenderWorker(QObject *parent = nullptr);
    ~RenderWorker() override;

    void render(const Tarmac::RenderRequest &request);

Q_SIGNALS:
    void rendered(const Tarmac::RenderResult &result);

private:
    std::unique_ptr<NunjucksEngine> m_engine;
};

}

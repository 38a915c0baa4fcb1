// SPDX-License-Identifier: GPL-3.0-or-later
#include "templates/renderworker.h"

#include "templates/nunjucksengine.h"
#include "templates/templaterenderer.h"

namespace Tarmac {

RenderWorker::RenderWorker(QObject *parent)
    : QObject(parent)
{
}

RenderWorker::~RenderWorker() = default;

void RenderWorker::render(const RenderRequest &request)
{
    if (!m_engine)
        m_engine = std::make_unique<NunjucksEngine>(); // created on the worker thread, used only there
    TemplateRenderer renderer(*m_engine);
    Q_EMIT rendered(renderer.render(request));
}

}

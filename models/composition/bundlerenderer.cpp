// SPDX-License-Identifier: GPL-3.0-or-later
#include "composition/bundlerenderer.h"

#include "templates/nunjucksengine.h"

namespace Tarmac {

// Lives on BundleRenderer's thread and owns that thread's nunjucks engine, so compiled templates
// stay cached between renders.
class BundleWorker : public QObject {
    Q_OBJECT
public:
    explicit BundleWorker(std::shared_ptr<std::atomic<quint64>> wanted)
        : m_wanted(std::move(wanted))
    {
    }

    void build(const BundleRequest &request)
    {
        ensureEngine();
        const auto wanted = m_wanted;
        const quint64 id = request.id;
        Q_EMIT built(m_builder->build(request, [wanted, id] { return wanted->load() != id; }));
    }

    void generate(const BundleRequest &request, const QString &outputDirectory)
    {
        ensureEngine();
        Q_EMIT generated(BundleWriter::generate(*m_builder, *m_engine, request, outputDirectory));
    }

Q_SIGNALS:
    void built(const Tarmac::Bundle &bundle);
    void generated(const Tarmac::BundleWriter::Generation &generation);

private:
    void ensureEngine()
    {
        if (m_engine)
            return;
        m_engine = std::make_unique<NunjucksEngine>(); // created on the worker thread, used only there
        m_builder = std::make_unique<BundleBuilder>(*m_engine);
    }

    std::shared_ptr<std::atomic<quint64>> m_wanted;
    std::unique_ptr<NunjucksEngine> m_engine;
    std::unique_ptr<BundleBuilder> m_builder; // keeps the last build's service renders
};

BundleRenderer::BundleRenderer(QObject *parent)
    : QObject(parent)
{
    m_worker = new BundleWorker(m_wanted);
    qRegisterMetaType<Tarmac::Bundle>();
    qRegisterMetaType<Tarmac::BundleWriter::Generation>();
    m_thread.setObjectName(QStringLiteral("bundle render"));
    m_worker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    connect(m_worker, &BundleWorker::built, this, &BundleRenderer::onBuilt, Qt::QueuedConnection);
    connect(m_worker, &BundleWorker::generated, this, &BundleRenderer::generated, Qt::QueuedConnection);
    m_thread.start();
}

BundleRenderer::~BundleRenderer()
{
    m_wanted->store(0);
    m_thread.quit();
    m_thread.wait();
}

quint64 BundleRenderer::request(BundleRequest request)
{
    request.id = m_nextId++;
    m_wanted->store(request.id);
    m_pending = std::move(request);
    if (!m_busy)
        dispatch();
    return m_wanted->load();
}

void BundleRenderer::cancel()
{
    m_pending.reset();
    m_wanted->store(0);
}

quint64 BundleRenderer::generate(BundleRequest request, const QString &outputDirectory)
{
    request.id = m_nextId++;
    QMetaObject::invokeMethod(
        m_worker, [worker = m_worker, request, outputDirectory] { worker->generate(request, outputDirectory); },
        Qt::QueuedConnection);
    return request.id;
}

void BundleRenderer::dispatch()
{
    if (!m_pending)
        return;
    BundleRequest request = std::move(*m_pending);
    m_pending.reset();
    m_busy = true;
    Q_EMIT started(request.id);
    QMetaObject::invokeMethod(m_worker, [worker = m_worker, request] { worker->build(request); }, Qt::QueuedConnection);
}

void BundleRenderer::onBuilt(const Bundle &bundle)
{
    m_busy = false;
    if (!bundle.cancelled && bundle.requestId == m_wanted->load())
        Q_EMIT finished(bundle);
    dispatch();
}

}

#include "bundlerenderer.moc"

#include "BlockingHttpClient.h"

#include "OperationError.h"
#include "TaskContext.h"

#include <QEventLoop>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTimer>

namespace {
constexpr int CancelCheckIntervalMs = 50;
}

BlockingHttpClient::BlockingHttpClient(QString serviceName, QNetworkAccessManager *nam)
    : m_serviceName(std::move(serviceName))
    , m_nam(nam ? nam : new QNetworkAccessManager)
    , m_ownsNam(nam == nullptr)
{
}

BlockingHttpClient::~BlockingHttpClient()
{
    if (m_ownsNam)
        delete m_nam;
}

HttpResponse BlockingHttpClient::send(const QByteArray &verb, QNetworkRequest request, const QByteArray &body,
                                      TaskContext *context, int timeoutMs)
{
    if (context)
        context->checkCanceled();
    if (timeoutMs < 0)
        timeoutMs = m_timeoutMs;
    // Our own timer covers the whole exchange; Qt's transfer timeout would only catch silence.
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    const QUrl url = request.url();
    const QString where = url.adjusted(QUrl::RemovePath | QUrl::RemoveQuery | QUrl::RemoveUserInfo)
                              .toString(QUrl::StripTrailingSlash);

    QNetworkReply *reply = m_nam->sendCustomRequest(request, verb, body);
    QEventLoop loop;
    bool timedOut = false;
    bool canceled = false;
    QTimer deadline;
    deadline.setSingleShot(true);
    QObject::connect(&deadline, &QTimer::timeout, &loop, [&] {
        timedOut = true;
        reply->abort();
    });
    QTimer cancelPoll;
    QObject::connect(&cancelPoll, &QTimer::timeout, &loop, [&] {
        if (context && context->isCanceled()) {
            canceled = true;
            reply->abort();
        }
    });
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    if (timeoutMs > 0)
        deadline.start(timeoutMs);
    if (context)
        cancelPoll.start(CancelCheckIntervalMs);
    if (!reply->isFinished())
        loop.exec(QEventLoop::ExcludeUserInputEvents);
    deadline.stop();
    cancelPoll.stop();

    const QVariant status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute);
    const QNetworkReply::NetworkError error = reply->error();
    const QString errorText = reply->errorString();
    HttpResponse response;
    response.status = status.isValid() ? status.toInt() : 0;
    if (reply->isOpen())
        response.body = reply->readAll();
    response.contentType = reply->header(QNetworkRequest::ContentTypeHeader).toByteArray();
    reply->deleteLater();

    if (canceled)
        throw OperationError(OperationError::Kind::Canceled,
                             tr("The request to %1 at %2 was canceled.").arg(m_serviceName, where));
    if (timedOut)
        throw OperationError(OperationError::Kind::Timeout,
                             tr("%1 at %2 did not answer %3 %4 within %5 s.")
                                 .arg(m_serviceName, where, QString::fromLatin1(verb), url.path())
                                 .arg(timeoutMs / 1000.0, 0, 'f', 1),
                             tr("The server may be overloaded or hanging; try again, or raise the request "
                                "timeout."));
    if (response.status == 0) {
        // No HTTP status at all: the connection never carried a reply.
        const bool closed = error == QNetworkReply::RemoteHostClosedError;
        throw OperationError(OperationError::Kind::ConnectionFailed,
                             closed ? tr("%1 at %2 closed the connection without answering %3 %4.")
                                          .arg(m_serviceName, where, QString::fromLatin1(verb), url.path())
                                    : tr("Cannot connect to %1 at %2: %3.").arg(m_serviceName, where, errorText),
                             tr("Is %1 running at %2?").arg(m_serviceName, where));
    }
    return response;
}

void BlockingHttpClient::sleep(int ms, TaskContext *context)
{
    if (context)
        context->checkCanceled();
    if (ms <= 0)
        return;
    QEventLoop loop;
    QTimer done;
    done.setSingleShot(true);
    QObject::connect(&done, &QTimer::timeout, &loop, &QEventLoop::quit);
    QTimer cancelPoll;
    QObject::connect(&cancelPoll, &QTimer::timeout, &loop, [&] {
        if (context && context->isCanceled())
            loop.quit();
    });
    done.start(ms);
    if (context)
        cancelPoll.start(CancelCheckIntervalMs);
    loop.exec(QEventLoop::ExcludeUserInputEvents);
    if (context)
        context->checkCanceled();
}

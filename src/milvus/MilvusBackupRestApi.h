#pragma once

#include "BlockingHttpClient.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QJsonValue>
#include <QString>
#include <QUrl>
#include <QUrlQuery>

#include <initializer_list>

class QNetworkAccessManager;
class TaskContext;

// One call to milvus-backup's REST API v1 (/api/v1/<endpoint>) and the first reading of its answer,
// so that the rest of the client sees one shape whatever the server version did: failures that come
// as HTTP 200 with a code, HTTP 400/500 with {"error": ...}, an empty 500 from a panic, a 404 page
// for an unknown route, a missing "code" meaning success (/work/shared/reference/milvus-backup.md §1).
// It does not judge the code of a well-formed reply: the caller knows which codes mean "not found"
// for its endpoint, and hands the rest to throwForCode().
class MilvusBackupRestApi
{
    Q_DECLARE_TR_FUNCTIONS(MilvusBackupRestApi)

public:
    // The reply of a call that reached milvus-backup and came back as a JSON object with HTTP 200.
    struct Envelope
    {
        int httpStatus = 0;
        qint64 code = 0;
        QString msg;
        QString requestId;
        QJsonValue data;
    };

    // baseUrl like http://host:8080 (a given path is kept in front of /api/v1).
    explicit MilvusBackupRestApi(const QUrl &baseUrl, QNetworkAccessManager *nam = nullptr);

    void setTimeoutMs(int ms) { m_http.setTimeoutMs(ms); }
    int timeoutMs() const { return m_http.timeoutMs(); }

    // Any HTTP status is returned; transport failures throw (see BlockingHttpClient::send).
    HttpResponse sendRaw(const QByteArray &verb, const QString &endpoint, const QUrlQuery &query,
                         const QByteArray &body, const QByteArray &requestIdHeader, TaskContext *context,
                         int timeoutMs = -1);
    // Parses the envelope; throws for HTTP-level errors and replies that are not a JSON object.
    Envelope call(const QByteArray &verb, const QString &endpoint, const QUrlQuery &query, const QJsonObject *body,
                  TaskContext *context, const QByteArray &requestIdHeader = {}, int timeoutMs = -1);
    // A call with one query parameter and no body, the form of every lookup and of delete.
    Envelope callWith(const QByteArray &verb, const QString &endpoint, const QString &parameter, const QString &value,
                      TaskContext *context, int timeoutMs = -1);
    // The OperationError for a non-zero code, its Kind chosen from the code and the message text.
    [[noreturn]] void throwForCode(const Envelope &envelope, const QString &action) const;

    // The server's URL for messages (without user info).
    QString endpointText() const;
    // Why a task id can be unknown to the server that issued it.
    static QString restartMessage();
    // milvus-backup reports most failures as free text (code 3 "Fail" on 0.5.10+); the cases a person
    // can act on are recognised by these substrings, case-insensitively.
    static bool mentionsAny(const QString &text, std::initializer_list<QLatin1String> needles);

private:
    QNetworkRequest makeRequest(const QString &endpoint, const QUrlQuery &query) const;

    QUrl m_baseUrl;
    BlockingHttpClient m_http;
};

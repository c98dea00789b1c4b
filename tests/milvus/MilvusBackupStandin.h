#pragma once

#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QUrl>

#include <memory>

// The milvus-backup + Milvus stand-in (tests/standins/milvus-backup, Node.js) over a real s3rver S3
// server, both on random loopback ports in a temporary directory; stopped when the fixture goes away.
class MilvusBackupStandin
{
public:
    struct Options
    {
        QString apiVersion = QStringLiteral("0.5.16");
        int taskMs = 300;
        int segmentRows = 40;
        QString bucket = QStringLiteral("a-bucket");
    };

    MilvusBackupStandin();
    ~MilvusBackupStandin();

    // Returns false with *error set (e.g. node or s3rver missing: the caller skips).
    bool start(const Options &options, QString *error);
    void stop();

    QUrl backupUrl() const;  // milvus-backup REST (/api/v1 and /_standin)
    QUrl milvusUrl() const;  // Milvus REST v2
    quint16 s3Port() const { return m_s3Port; }
    QString logText() const;

    // POST /_standin/faults (or /_standin/restart with an empty object and restart=true).
    void setFaults(const QJsonObject &faults);
    void restart();
    // POST /v2/vectordb/<endpoint>; throws std::runtime_error unless code 0.
    QJsonObject milvus(const QString &endpoint, const QJsonObject &body);
    // A collection id/vec/title with `rows` rows, in db (created when not "default").
    void seedCollection(const QString &db, const QString &name, int rows);

private:
    QJsonObject post(const QUrl &url, const QJsonObject &body);

    std::unique_ptr<QTemporaryDir> m_dir;
    QProcess m_s3rver;
    QProcess m_standin;
    quint16 m_s3Port = 0;
    quint16 m_backupPort = 0;
    quint16 m_milvusPort = 0;
};

#pragma once

#include "MilvusBackupClient.h"
#include "S3Endpoint.h"
#include "S3FolderTransfer.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>
#include <QUrl>

// The three servers the vector component talks to: milvus-backup (creates and restores backups), the
// S3/MinIO bucket milvus-backup keeps its backups in (the folder is moved through it), and Milvus's
// own REST API (row counts, existing collections). One value for backup, restore and verify; the
// tuning knobs (poll interval, waiting limit, parallel transfers) travel with it.
struct VectorServers
{
    Q_DECLARE_TR_FUNCTIONS(VectorServers)

public:
    QUrl milvusBackupUrl;
    S3Endpoint storage;          // server + bucket + root prefix of milvus-backup's backup storage
    QUrl milvusUrl;              // Milvus REST v2 (port 19530 by default)
    QString milvusToken;         // "user:password" or API key; never written anywhere
    MilvusBackupClient::Options clientOptions;
    S3FolderTransfer::Options transferOptions;

    // Throws InvalidInput when a server is missing or the S3 keys are not set.
    void requireComplete() const;

    // "db.collection" for "collection" (database "default") or "db.collection"; throws InvalidInput
    // for anything else.
    static QString collectionKey(const QString &text);
    static QString databaseOf(const QString &key) { return key.section(QLatin1Char('.'), 0, 0); }
    static QString collectionOf(const QString &key) { return key.section(QLatin1Char('.'), 1); }
    // The URL as manifests and messages show it: no user info, no query.
    static QString displayUrl(const QUrl &url);
};

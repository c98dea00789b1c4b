#pragma once

#include "CreateBackupRequest.h"
#include "RestoreBackupRequest.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QVersionNumber>

// Writes the JSON bodies of create and restore in the dialect of one milvus-backup version, and
// refuses input before anything is sent. The dialects differ in ways the server does not report:
// 0.5.10+ reads `filter`/`strategy`, older servers `db_collections` (a JSON string holding JSON) and
// `meta_only`/`force`; restore flags are camelCase and snake_case forms are silently dropped. An
// option a version cannot express throws InvalidInput rather than being ignored by the server.
class MilvusBackupRequestBuilder
{
    Q_DECLARE_TR_FUNCTIONS(MilvusBackupRequestBuilder)

public:
    explicit MilvusBackupRequestBuilder(const QVersionNumber &version);

    // Names and selections any version would refuse (or mangle); throw InvalidInput.
    static void requireValidCreate(const CreateBackupRequest &request);
    static void requireValidRestore(const RestoreBackupRequest &request);

    QJsonObject createBody(const CreateBackupRequest &request) const;
    QJsonObject restoreBody(const RestoreBackupRequest &request, const QString &taskId) const;

private:
    QVersionNumber m_version;
};

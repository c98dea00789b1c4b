#include "StandinVectorServers.h"

namespace StandinVectorServers {

S3Endpoint storage(const MilvusBackupStandin &standin, const QString &root, const QString &bucket)
{
    S3Endpoint endpoint = S3Endpoint::fromUrl(QStringLiteral("http://127.0.0.1:%1").arg(standin.s3Port()), bucket, root);
    endpoint.setCredentials(QStringLiteral("S3RVER"), QStringLiteral("S3RVER"));
    return endpoint;
}

VectorServers of(const MilvusBackupStandin &standin)
{
    VectorServers servers;
    servers.milvusBackupUrl = standin.backupUrl();
    servers.storage = storage(standin);
    servers.milvusUrl = standin.milvusUrl();
    servers.clientOptions.pollIntervalMs = 100;
    servers.clientOptions.stuckStartTimeoutMs = 5000;
    servers.clientOptions.maxWaitMs = 120'000;
    servers.transferOptions.parallelTransfers = 2;
    return servers;
}

} // namespace StandinVectorServers

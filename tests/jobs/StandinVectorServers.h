#pragma once

#include "MilvusBackupStandin.h"
#include "S3Endpoint.h"
#include "VectorServers.h"

// The servers of one milvus-backup stand-in as the vector jobs take them, with test timings: polls
// every 100 ms, and a hang fails the test after two minutes instead of blocking it.
namespace StandinVectorServers {

// The stand-in's s3rver bucket (the keys s3rver accepts) under `root`.
S3Endpoint storage(const MilvusBackupStandin &standin, const QString &root = QStringLiteral("backup"),
                   const QString &bucket = QStringLiteral("a-bucket"));
VectorServers of(const MilvusBackupStandin &standin);

} // namespace StandinVectorServers

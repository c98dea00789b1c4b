#pragma once

#include "ConnectionProfile.h"
#include "SetDiff.h"
#include "VectorServers.h"

#include <QString>
#include <QStringList>

class SecretResolver;

// Turns a profile plus its secrets into what the core's clients take. The password goes into the
// URL only in memory, on the way to a job; it is never shown or logged (FalkorEndpoint redacts it).
namespace ProfileEndpoints {
// redis[s]://[user[:password]@]host:port[?ca=...&insecure=1]; throws OperationError when a needed
// secret cannot be obtained (keychain error, prompt canceled).
QString falkorDbUrl(const ConnectionProfile &profile, SecretResolver &secrets);
// The URL as people may see it (no password).
QString falkorDbDisplayUrl(const ConnectionProfile &profile);

// The vector component needs three servers: milvus-backup, its S3/MinIO bucket and Milvus itself.
// Which of them the profile does not name, for people ("S3 endpoint", ...); empty when all are there.
QStringList missingVectorSettings(const ConnectionProfile &profile);
// True when the profile names all three (the GUI twin of the CLI's --milvus-backup/--s3/--milvus).
bool hasVectorServers(const ConnectionProfile &profile);
// A sentence for the Back up page and the restore wizard when hasVectorServers() is false.
QString vectorServersProblem(const ConnectionProfile &profile);
// The servers with the S3 secret key and the Milvus token resolved (in memory only). An empty bucket
// or root means milvus-backup's defaults, "a-bucket" and "backup" (what the profile form shows).
// Throws OperationError when a server is missing, a URL is unusable or a secret cannot be obtained.
VectorServers vectorServers(const ConnectionProfile &profile, SecretResolver &secrets);
// The S3 part alone (no secret), as the connection test and the servers use it.
S3Endpoint vectorStorage(const ConnectionProfile &profile);

// A comparison of `set` with what the profile's servers hold now: graphs when `graphs` is set (the
// profile must name a FalkorDB), collections when `collections` is (it must name a Milvus; the token is
// resolved). Secrets are asked for only for the servers compared.
SetDiff::Request liveDiffRequest(const ConnectionProfile &profile, SecretResolver &secrets, const QString &set,
                                 bool graphs, bool collections);
}

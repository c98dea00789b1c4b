#pragma once

#include <QList>
#include <QString>

// The secrets a connection profile can need. Their values live only in the OS keychain (or in memory
// for one run); files hold at most the policy for each kind.
enum class SecretKind {
    FalkorDbPassword,
    S3SecretKey,
    MilvusToken,
};

// How a profile obtains one kind of secret.
enum class SecretPolicy {
    NotNeeded,         // the server takes no secret of this kind
    StoredInKeychain,  // kept in the OS keychain under "<profile>/<kind>"
    AskEveryTime,      // asked for each run, never stored (the choice for machines without a keychain)
};

namespace SecretKinds {
QList<SecretKind> all();
// Stable identifier used in the keychain key and in JSON: "falkordb-password", "s3-secret-key",
// "milvus-token". Never translated.
QString id(SecretKind kind);
bool fromId(const QString &id, SecretKind *kind);
// The environment variable the CLI reads: FALKORDB_PASSWORD, S3_SECRET_KEY, MILVUS_TOKEN.
QString environmentVariable(SecretKind kind);
// For people: "FalkorDB password", ...
QString displayName(SecretKind kind);

QString policyId(SecretPolicy policy);
bool policyFromId(const QString &id, SecretPolicy *policy);
}

#include <QMetaType>
Q_DECLARE_METATYPE(SecretKind)

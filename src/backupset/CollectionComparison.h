#pragma once

#include "SetDiff.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QMap>
#include <QString>
#include <QStringList>

class BackupManifest;
class MilvusRestClient;
class TaskContext;

// The collection half of a diff: what each side knows about its Milvus collections, and what differs.
// A side is a map "database.collection" -> {"rows": N, "size": bytes, "hasIndex": bool, "fields":
// ["id:Int64 primary", "vec:FloatVector(dim=8)", ...]} with whatever that side records (a set: the
// manifest, vector/vector.json and milvus-backup's collection_meta.json; a live Milvus: row count,
// indexes and fields). Collections are few and small, so both sides are held in memory.
class CollectionComparison
{
    Q_DECLARE_TR_FUNCTIONS(CollectionComparison)

public:
    using Collections = QMap<QString, QJsonObject>;

    // What a set folder records about its collections. Missing or unreadable vector files only leave
    // those keys out (the manifest's rows are always there).
    static Collections recorded(const QString &setDirectory, const BackupManifest &manifest);

    // What a live Milvus holds in the given databases (all of them when empty). Each collection is
    // flushed first so that get_stats counts every insert (as VectorVerify does). A database that does
    // not exist holds no collections. Throws OperationError (connection, AuthFailed, Canceled).
    static Collections live(MilvusRestClient &client, const QStringList &databases, TaskContext &context);

    // One entry per collection on either side, sorted by name. With liveB, only what a live Milvus can
    // tell (rows, hasIndex, fields) is compared; between two sets every recorded key is.
    static QList<SetDiff::CollectionDiff> compare(const Collections &a, const Collections &b, bool liveB);

    // The text a field is compared by: "name:Type(key=value,...)" plus " primary"; Array fields as
    // Array<ElementType>. Parameters are sorted so that their order on either side does not matter.
    static QString fieldText(const QString &name, const QString &type, const QString &elementType,
                             QMap<QString, QString> parameters, bool primary);
    // Milvus DataType (milvus-proto schema.proto) by number, or the name when it is already one.
    static QString typeName(const QJsonValue &value);
};

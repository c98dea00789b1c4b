#include "GraphContentComparison.h"

#include "GraphDiffIndex.h"
#include "OperationError.h"
#include "TaskContext.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QObject>

#include <algorithm>
#include <cstring>
#include <memory>
#include <vector>

using Record = GraphDiffIndex::Record;

QStringList GraphContentComparison::propertyChanges(const QJsonObject &before, const QJsonObject &after)
{
    QStringList changes;
    const QJsonArray labelsBefore = before.value(QStringLiteral("labels")).toArray();
    const QJsonArray labelsAfter = after.value(QStringLiteral("labels")).toArray();
    if (labelsBefore != labelsAfter)
        changes.append(QObject::tr("labels: %1 -> %2")
                           .arg(QString::fromUtf8(QJsonDocument(labelsBefore).toJson(QJsonDocument::Compact)),
                                QString::fromUtf8(QJsonDocument(labelsAfter).toJson(QJsonDocument::Compact))));
    const QJsonObject a = before.value(QStringLiteral("properties")).toObject();
    const QJsonObject b = after.value(QStringLiteral("properties")).toObject();
    QStringList keys = a.keys() + b.keys();
    keys.sort();
    keys.removeDuplicates();
    for (const QString &key : std::as_const(keys)) {
        const QJsonArray x = a.value(key).toArray(), y = b.value(key).toArray();
        if (x.isEmpty())
            changes.append(QObject::tr("%1: added %2").arg(key, y.at(0).toString()));
        else if (y.isEmpty())
            changes.append(QObject::tr("%1: removed (was %2)").arg(key, x.at(0).toString()));
        else if (x.at(1) != y.at(1))
            changes.append(QObject::tr("%1: %2 -> %3").arg(key, x.at(0).toString(), y.at(0).toString()));
    }
    return changes;
}

// Compares the records of both sides, partition by partition: equal digests cancel one for one; what is
// left is paired by match key (changed) or counted as removed / added.
SetDiff::EntityChanges GraphContentComparison::entities(const char *kind, GraphDiffIndex &a, GraphDiffIndex &b, const QString &directory,
                                                        int samples, TaskContext &context)
{
    const auto path = [&](const QString &name) { return QDir(directory).filePath(name); };
    std::vector<std::unique_ptr<QFile>> leftovers;
    for (int p = 0; p < GraphDiffIndex::Partitions; ++p) {
        auto file = std::make_unique<QFile>(path(QStringLiteral("left-%1-%2").arg(QLatin1String(kind)).arg(p)));
        if (!file->open(QIODevice::WriteOnly | QIODevice::Truncate))
            throw OperationError(OperationError::Kind::Failed, QObject::tr("Cannot write a temporary file in %1.").arg(directory));
        leftovers.push_back(std::move(file));
    }
    const auto byDigest = [](const Record &x, const Record &y) { return std::memcmp(x.digest.data(), y.digest.data(), 32) < 0; };
    SetDiff::EntityChanges changes;
    for (int p = 0; p < GraphDiffIndex::Partitions; ++p) {
        context.checkCanceled();
        std::vector<Record> left = GraphDiffIndex::readRecords(GraphDiffIndex::partitionPath(directory, kind, 0, p));
        std::vector<Record> right = GraphDiffIndex::readRecords(GraphDiffIndex::partitionPath(directory, kind, 1, p));
        std::sort(left.begin(), left.end(), byDigest);
        std::sort(right.begin(), right.end(), byDigest);
        size_t i = 0, j = 0;
        const auto keep = [&](const Record &record) {
            // Without a key there is nothing to pair it with: counted now, so that a graph without key
            // properties does not pile every leftover into one partition.
            if (!GraphDiffIndex::hasKey(record)) {
                if (record.side == 0) {
                    ++changes.removed;
                    if (changes.removedSamples.size() < samples)
                        changes.removedSamples.append({ a.details(record), {}, {} });
                } else {
                    ++changes.added;
                    if (changes.addedSamples.size() < samples)
                        changes.addedSamples.append({ {}, b.details(record), {} });
                }
                return;
            }
            leftovers[record.key[0] % GraphDiffIndex::Partitions]->write(reinterpret_cast<const char *>(&record), sizeof record);
        };
        while (i < left.size() || j < right.size()) {
            if (j == right.size() || (i < left.size() && byDigest(left[i], right[j])))
                keep(left[i++]);
            else if (i == left.size() || byDigest(right[j], left[i]))
                keep(right[j++]);
            else
                ++i, ++j;
        }
        QFile::remove(GraphDiffIndex::partitionPath(directory, kind, 0, p));
        QFile::remove(GraphDiffIndex::partitionPath(directory, kind, 1, p));
    }
    for (auto &file : leftovers)
        file->close();

    const auto byKey = [](const Record &x, const Record &y) {
        const int c = std::memcmp(x.key.data(), y.key.data(), 16);
        return c != 0 ? c < 0 : x.side < y.side;
    };
    for (int p = 0; p < GraphDiffIndex::Partitions; ++p) {
        context.checkCanceled();
        std::vector<Record> records = GraphDiffIndex::readRecords(leftovers[size_t(p)]->fileName());
        std::sort(records.begin(), records.end(), byKey);
        size_t start = 0;
        while (start < records.size()) {
            size_t end = start + 1;
            while (end < records.size() && records[end].key == records[start].key)
                ++end;
            std::vector<const Record *> removed, added;
            for (size_t k = start; k < end; ++k)
                (records[k].side == 0 ? removed : added).push_back(&records[k]);
            {
                while (!removed.empty() && !added.empty()) {
                    ++changes.changed;
                    if (changes.changedSamples.size() < samples) {
                        SetDiff::Sample sample { a.details(*removed.back()), b.details(*added.back()), {} };
                        sample.changes = propertyChanges(sample.before, sample.after);
                        if (sample.changes.isEmpty())
                            sample.changes.append(QObject::tr("same properties; an endpoint node changed"));
                        changes.changedSamples.append(sample);
                    }
                    removed.pop_back();
                    added.pop_back();
                }
            }
            for (const Record *record : removed) {
                ++changes.removed;
                if (changes.removedSamples.size() < samples)
                    changes.removedSamples.append({ a.details(*record), {}, {} });
            }
            for (const Record *record : added) {
                ++changes.added;
                if (changes.addedSamples.size() < samples)
                    changes.addedSamples.append({ {}, b.details(*record), {} });
            }
            start = end;
        }
        leftovers[size_t(p)]->remove();
    }
    return changes;
}

QStringList GraphContentComparison::onlyIn(const QStringList &x, const QStringList &y)
{
    QStringList result;
    for (const QString &line : x)
        if (!y.contains(line))
            result.append(line);
    return result;
}

QStringList GraphContentComparison::propertyKeyChanges(const SetDiff::Counts &a, const SetDiff::Counts &b)
{
    QStringList lines;
    QStringList labels = a.propertyKeys.keys() + b.propertyKeys.keys();
    labels.sort();
    labels.removeDuplicates();
    for (const QString &label : std::as_const(labels)) {
        const auto x = a.propertyKeys.value(label), y = b.propertyKeys.value(label);
        QStringList keys = x.keys() + y.keys();
        keys.sort();
        keys.removeDuplicates();
        for (const QString &key : std::as_const(keys)) {
            QStringList tx = x.value(key), ty = y.value(key);
            tx.sort();
            ty.sort();
            if (!x.contains(key))
                lines.append(QObject::tr("%1.%2 (%3): only in B").arg(label, key, ty.join(QLatin1Char('/'))));
            else if (!y.contains(key))
                lines.append(QObject::tr("%1.%2 (%3): only in A").arg(label, key, tx.join(QLatin1Char('/'))));
            else if (tx != ty)
                lines.append(QObject::tr("%1.%2: %3 in A, %4 in B").arg(label, key, tx.join(QLatin1Char('/')), ty.join(QLatin1Char('/'))));
        }
    }
    return lines;
}

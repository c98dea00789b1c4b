#pragma once

#include <QList>
#include <QString>
#include <QStringList>

// --graph arguments: "NAME" (keep the name) or "SOURCE=TARGET" (rename on restore).
struct GraphMapping
{
    QString source;
    QString target;

    // Parses each argument; returns false and sets *error for an empty side or a duplicate target.
    static bool parse(const QStringList &arguments, QList<GraphMapping> *mappings, QString *error);
    // The target of `source`: its mapping when there is one, else the name itself.
    static QString targetFor(const QList<GraphMapping> &mappings, const QString &source);
};

#pragma once

#include <QStringList>

// The id -> name lists of one graph: row index of db.labels() / db.relationshipTypes() /
// db.propertyKeys() = id (falkordb.md §1.7). Ids are append-only for the lifetime of a key, so a
// cached list stays valid and only ever needs to grow.
struct GraphSchema
{
    enum class List { Labels, RelationshipTypes, PropertyKeys };

    QStringList labels;
    QStringList relationshipTypes;
    QStringList propertyKeys;

    const QStringList &list(List which) const
    {
        switch (which) {
        case List::Labels: return labels;
        case List::RelationshipTypes: return relationshipTypes;
        case List::PropertyKeys: break;
        }
        return propertyKeys;
    }
    QStringList &list(List which) { return const_cast<QStringList &>(static_cast<const GraphSchema *>(this)->list(which)); }
};

#include "GraphMapping.h"

#include <QObject>
#include <QSet>

bool GraphMapping::parse(const QStringList &arguments, QList<GraphMapping> *mappings, QString *error)
{
    QSet<QString> targets;
    for (const QString &argument : arguments) {
        GraphMapping mapping;
        const qsizetype equals = argument.indexOf(QLatin1Char('='));
        mapping.source = equals < 0 ? argument : argument.left(equals);
        mapping.target = equals < 0 ? argument : argument.mid(equals + 1);
        if (mapping.source.isEmpty() || mapping.target.isEmpty()) {
            *error = QObject::tr("\"%1\" is not a graph name or SOURCE=TARGET.").arg(argument);
            return false;
        }
        if (targets.contains(mapping.target)) {
            *error = QObject::tr("Two graphs would be restored into \"%1\".").arg(mapping.target);
            return false;
        }
        targets.insert(mapping.target);
        mappings->append(mapping);
    }
    return true;
}

QString GraphMapping::targetFor(const QList<GraphMapping> &mappings, const QString &source)
{
    for (const GraphMapping &mapping : mappings)
        if (mapping.source == source)
            return mapping.target;
    return source;
}

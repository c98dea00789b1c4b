#include "CliApplication.h"

#include "BuildInfo.h"

#include <QTextStream>

int CliApplication::run(const QStringList &arguments)
{
    QTextStream out(stdout);
    if (arguments.contains(QStringLiteral("--version"))) {
        out << "brandmind-backup-cli " << BMB_VERSION_STRING << Qt::endl;
        return 0;
    }
    QTextStream(stderr) << "usage: brandmind-backup-cli <backup|restore|verify|list|diff|package> ...\n";
    return 2;
}

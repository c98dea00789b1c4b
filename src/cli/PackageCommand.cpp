#include "PackageCommand.h"

#include "ConsoleTaskContext.h"
#include "PackageWriter.h"

#include <QJsonObject>

void PackageCommand::addOptions(QCommandLineParser &parser)
{
    parser.addPositionalArgument(QStringLiteral("SET"), QStringLiteral("The backup set folder (it must be complete)."));
    parser.addOption({ QStringLiteral("out"), QStringLiteral("The package to write (default: <SET>.zip next to the set)."),
                       QStringLiteral("FILE") });
    parser.addOption({ QStringLiteral("overwrite"), QStringLiteral("Replace an existing package of that name.") });
    parser.addOption({ QStringLiteral("level"), QStringLiteral("Deflate level 1-9 for CSV/JSON (default 6; binlogs are stored)."),
                       QStringLiteral("N"), QStringLiteral("6") });
}

int PackageCommand::runParsed(QCommandLineParser &parser)
{
    if (parser.positionalArguments().size() != 1) {
        printError(QStringLiteral("package needs exactly one backup set folder."));
        return Usage;
    }
    const QString set = parser.positionalArguments().first();
    const QString out = parser.isSet(QStringLiteral("out")) ? parser.value(QStringLiteral("out")) : PackageWriter::defaultPackagePath(set);
    PackageWriter::Options options;
    options.overwrite = parser.isSet(QStringLiteral("overwrite"));
    bool ok = false;
    options.compressionLevel = parser.value(QStringLiteral("level")).toInt(&ok);
    if (!ok || options.compressionLevel < 1 || options.compressionLevel > 9) {
        printError(QStringLiteral("--level must be a number from 1 to 9."));
        return Usage;
    }
    return execute([&](ConsoleTaskContext &context) {
        const PackageWriter::Result result = PackageWriter::write(set, out, context, options);
        return QJsonObject { { QStringLiteral("ok"), true },
                             { QStringLiteral("package"), result.packagePath },
                             { QStringLiteral("entries"), result.entries },
                             { QStringLiteral("storedEntries"), result.storedEntries },
                             { QStringLiteral("inputBytes"), result.inputBytes },
                             { QStringLiteral("packageBytes"), result.packageBytes } };
    });
}

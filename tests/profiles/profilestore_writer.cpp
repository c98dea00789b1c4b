// Adds profiles "<prefix>-0" .. "<prefix>-<count-1>" to a profiles file, one save per profile, to race
// against other writers in tst_profilestore. Exit code 0 on success.
#include "OperationError.h"
#include "ProfileStore.h"

#include <QCoreApplication>
#include <QStringList>

#include <cstdio>

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() != 4) {
        std::fprintf(stderr, "usage: profilestore_writer <file> <prefix> <count>\n");
        return 2;
    }
    ProfileStore store(args.at(1), nullptr);
    try {
        for (int i = 0; i < args.at(3).toInt(); ++i) {
            ConnectionProfile profile(QStringLiteral("%1-%2").arg(args.at(2)).arg(i));
            profile.falkorDb().url = QUrl(QStringLiteral("redis://localhost:6379"));
            store.add(profile);
        }
    } catch (const OperationError &error) {
        std::fprintf(stderr, "%s\n", error.what());
        return 1;
    }
    return 0;
}

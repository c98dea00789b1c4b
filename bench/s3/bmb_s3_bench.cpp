// Moves one folder between a local directory and an S3 prefix with S3FolderTransfer and prints the
// throughput. Driven by run_bench.sh, which runs rclone on the same data for comparison.
// Usage: bmb_s3_bench upload|download <endpoint-url/bucket/root> <name> <local dir> [parallel]
#include "OperationError.h"
#include "S3FolderTransfer.h"
#include "TaskContext.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTextStream>

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    QTextStream out(stdout);
    if (args.size() < 5) {
        out << "usage: bmb_s3_bench upload|download <http://host:port/bucket/root> <name> <dir> [parallel]\n";
        return 2;
    }
    try {
        S3Endpoint endpoint = S3Endpoint::fromUrl(args.at(2));
        endpoint.loadCredentialsFromEnvironment();
        S3FolderTransfer::Options options;
        options.parallelTransfers = args.size() > 5 ? args.at(5).toInt() : 4;
        S3FolderTransfer transfer(endpoint, options);
        CallbackTaskContext context;
        QElapsedTimer timer;
        timer.start();
        const QList<S3TransferredFile> files = args.at(1) == QLatin1String("upload")
            ? transfer.upload(args.at(4), args.at(3), S3FolderTransfer::milvusBackupUploadOrder, &context)
            : transfer.download(args.at(3), args.at(4), &context);
        qint64 bytes = 0;
        for (const S3TransferredFile &file : files)
            bytes += file.size;
        const double seconds = timer.elapsed() / 1000.0;
        out << args.at(1) << " files=" << files.size() << " bytes=" << bytes << " seconds=" << seconds
            << " MiB/s=" << (bytes / 1048576.0) / seconds << "\n";
        return 0;
    } catch (const OperationError &error) {
        QTextStream(stderr) << error.fullText() << "\n";
        return 1;
    }
}

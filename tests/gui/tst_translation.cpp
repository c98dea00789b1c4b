// The Vietnamese translation is what the team sees every day: every string of the .ts must be translated,
// keep its placeholders, and the compiled .qm (built from the same .ts, loaded the way main.cpp loads it)
// must give the translations back. The .ts must also be current: lupdate run now over the application's
// sources (the GUI and the core libraries whose messages it shows) finds nothing the .ts lacks. And real
// errors made by the core libraries come out in Vietnamese under LANG=vi_VN.UTF-8.

#include "FalkorConnection.h"
#include "FalkorEndpoint.h"
#include "OperationError.h"
#include "RedisServerFixture.h"
#include "SecretKind.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QHostAddress>
#include <QLocale>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>
#include <QXmlStreamReader>

#include <functional>

namespace {

struct TsMessage
{
    QString context;
    QString source;
    QString comment; // disambiguation: part of the message's identity
    QString translation; // for numerus messages: the first (Vietnamese has only one) form
    bool numerus = false;
    bool unfinished = false;
};

QList<TsMessage> readTs(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot open %s", qPrintable(path));
    QList<TsMessage> messages;
    QXmlStreamReader xml(&file);
    QString context;
    TsMessage current;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement()) {
            const auto name = xml.name();
            if (name == QLatin1String("name")) {
                context = xml.readElementText();
            } else if (name == QLatin1String("message")) {
                current = TsMessage{};
                current.context = context;
                current.numerus = xml.attributes().value(QLatin1String("numerus")) == QLatin1String("yes");
            } else if (name == QLatin1String("source")) {
                current.source = xml.readElementText();
            } else if (name == QLatin1String("comment")) {
                current.comment = xml.readElementText();
            } else if (name == QLatin1String("translation")) {
                const auto type = xml.attributes().value(QLatin1String("type"));
                current.unfinished = type == QLatin1String("unfinished");
                if (!current.numerus)
                    current.translation = xml.readElementText();
            } else if (name == QLatin1String("numerusform") && current.translation.isEmpty()) {
                current.translation = xml.readElementText();
            }
        } else if (xml.isEndElement() && xml.name() == QLatin1String("message")) {
            messages.append(current);
        }
    }
    if (xml.hasError())
        qFatal("%s: %s", qPrintable(path), qPrintable(xml.errorString()));
    return messages;
}

QString identity(const TsMessage &message)
{
    return message.context + QLatin1Char('\x1f') + message.source + QLatin1Char('\x1f') + message.comment;
}

QString describe(const TsMessage &message)
{
    QString text = message.context + QStringLiteral(": \"") + message.source + QLatin1Char('"');
    if (!message.comment.isEmpty())
        text += QStringLiteral(" (") + message.comment + QLatin1Char(')');
    return text;
}

OperationError errorOf(const std::function<void()> &action)
{
    try {
        action();
    } catch (const OperationError &error) {
        return error;
    }
    return OperationError(OperationError::Kind::Failed, QStringLiteral("no error was thrown"));
}

// QTest cuts a failure message at about a thousand characters: the whole list goes to the log first.
QString listed(const QString &title, const QStringList &items)
{
    if (items.isEmpty())
        return {};
    const QString text = title.arg(items.size());
    qWarning("%s\n%s", qPrintable(text), qPrintable(items.join(QLatin1Char('\n'))));
    return text + QStringLiteral(" (the full list is above) ") + items.first();
}

// A loopback port nobody listens on: taken from the system, then given back.
quint16 closedPort()
{
    QTcpServer server;
    if (!server.listen(QHostAddress::LocalHost, 0))
        qFatal("cannot find a free port");
    return server.serverPort();
}

QStringList placeholders(const QString &text)
{
    static const QRegularExpression placeholder(QStringLiteral("%(\\d|n)"));
    QStringList found;
    for (const auto &match : placeholder.globalMatch(text))
        found.append(match.captured());
    found.sort();
    return found;
}

} // namespace

class TranslationTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        const QString sourceDir = qEnvironmentVariable("BMB_SOURCE_DIR");
        QVERIFY2(!sourceDir.isEmpty(), "BMB_SOURCE_DIR is not set");
        m_messages = readTs(sourceDir + QStringLiteral("/translations/brandmind-backup_vi.ts"));
        // Same call as src/gui/main.cpp, with the locale fixed to Vietnamese.
        QVERIFY(m_translator.load(QLocale(QLocale::Vietnamese, QLocale::Vietnam), QStringLiteral("brandmind-backup"),
                                  QStringLiteral("_"), QStringLiteral(":/i18n")));

        // What update_translations would write now: lupdate over the same source list, into a fresh .ts.
        const QString lupdate = qEnvironmentVariable("BMB_LUPDATE");
        const QString sourceList = qEnvironmentVariable("BMB_TRANSLATED_SOURCES");
        QVERIFY2(QFileInfo(lupdate).isExecutable(), "BMB_LUPDATE does not name the lupdate program");
        QVERIFY2(QFileInfo::exists(sourceList), "BMB_TRANSLATED_SOURCES does not name the source list");
        QTemporaryDir directory;
        QVERIFY(directory.isValid());
        const QString currentTs = directory.filePath(QStringLiteral("current_vi.ts"));
        QProcess process;
        const QStringList arguments { QStringLiteral("-silent"), QStringLiteral("-locations"),
                                      QStringLiteral("none"), QLatin1Char('@') + sourceList,
                                      QStringLiteral("-ts"), currentTs };
        process.start(lupdate, arguments);
        QVERIFY2(process.waitForFinished(300000), qPrintable(process.errorString()));
        m_lupdateDiagnostics = QString::fromLocal8Bit(process.readAllStandardError());
        QVERIFY2(process.exitStatus() == QProcess::NormalExit && process.exitCode() == 0,
                 qPrintable(m_lupdateDiagnostics));
        m_currentMessages = readTs(currentTs);
    }

    void everyStringIsTranslated()
    {
        QVERIFY(m_messages.size() > 100);
        for (const auto &message : std::as_const(m_messages)) {
            const QString where = message.context + QStringLiteral(": ") + message.source;
            QVERIFY2(!message.unfinished, qPrintable(where));
            QVERIFY2(!message.translation.trimmed().isEmpty(), qPrintable(where));
            QCOMPARE(placeholders(message.translation), placeholders(message.source));
        }
    }

    void compiledTranslationMatchesTs()
    {
        for (const auto &message : std::as_const(m_messages)) {
            const QByteArray context = message.context.toUtf8();
            const QByteArray source = message.source.toUtf8();
            // QTranslator gives the numerus form itself; %n is expanded later by tr().
            const QString got = m_translator.translate(context.constData(), source.constData(), nullptr,
                                                       message.numerus ? 2 : -1);
            QCOMPARE(got, message.translation);
        }
    }

    void knownStrings_data()
    {
        QTest::addColumn<QString>("context");
        QTest::addColumn<QString>("source");
        QTest::addColumn<QString>("vietnamese");
        QTest::newRow("tab") << QStringLiteral("MainWindow") << QStringLiteral("&Profiles")
                             << QStringLiteral("&Hồ sơ kết nối");
        QTest::newRow("restore") << QStringLiteral("RestoreWizard") << QStringLiteral("Restore")
                                 << QStringLiteral("Khôi phục");
        QTest::newRow("back up") << QStringLiteral("BackupPage") << QStringLiteral("&Back up now")
                                 << QStringLiteral("&Sao lưu ngay");
        QTest::newRow("set") << QStringLiteral("HistoryPage") << QStringLiteral("Set: %1")
                             << QStringLiteral("Bộ sao lưu: %1");
    }

    void knownStrings()
    {
        QFETCH(QString, context);
        QFETCH(QString, source);
        QFETCH(QString, vietnamese);
        QCOMPARE(m_translator.translate(context.toUtf8().constData(), source.toUtf8().constData()), vietnamese);
    }

    void numerusFormIsExpandedByTr()
    {
        QCoreApplication::installTranslator(&m_translator);
        const QString text = QCoreApplication::translate("BackupPage", "%n graph(s) selected.", nullptr, 3);
        QCoreApplication::removeTranslator(&m_translator);
        QCOMPARE(text, QStringLiteral("Đã chọn 3 đồ thị."));
    }

    // No tr() that lupdate would leave out of the .ts (or file under another context than the one it is
    // looked up in at run time): such a text stays English whatever the translation says.
    void lupdateFindsEveryContext()
    {
        QStringList lost;
        for (const QString &line : m_lupdateDiagnostics.split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
            if (line.contains(QLatin1String("cannot be called without context"))
                || line.contains(QLatin1String("lacks Q_OBJECT macro")))
                lost.append(line);
        }
        const QString title = QStringLiteral("lupdate gives %1 warning(s) about tr() calls it cannot place "
                                             "(declare Q_DECLARE_TR_FUNCTIONS in the class, or call "
                                             "Class::tr by its own name):");
        QVERIFY2(lost.isEmpty(), qPrintable(listed(title, lost)));
    }

    // update_translations was run after the last change to a user-visible string: lupdate, run now over the
    // same source list as that target, finds no message that the committed .ts lacks or leaves unfinished.
    void committedTsIsCurrent()
    {
        QVERIFY(m_currentMessages.size() > 100);
        QHash<QString, const TsMessage *> committed;
        for (const auto &message : std::as_const(m_messages))
            committed.insert(identity(message), &message);
        QStringList missing;
        QSet<QString> currentIds;
        for (const auto &message : std::as_const(m_currentMessages)) {
            currentIds.insert(identity(message));
            const TsMessage *found = committed.value(identity(message));
            if (!found)
                missing.append(QStringLiteral("new: ") + describe(message));
            else if (found->unfinished || found->translation.trimmed().isEmpty())
                missing.append(QStringLiteral("unfinished: ") + describe(message));
        }
        const QString title = QStringLiteral("translations/brandmind-backup_vi.ts is not current: %1 "
                                             "message(s) to add and translate (cmake --build <build> --target "
                                             "update_translations; translations/ts_fill.py helps):");
        QVERIFY2(missing.isEmpty(), qPrintable(listed(title, missing)));

        // Messages whose source text is gone are harmless (update_translations drops them); just say so.
        QStringList stale;
        for (const auto &message : std::as_const(m_messages)) {
            if (!currentIds.contains(identity(message)))
                stale.append(describe(message));
        }
        if (!stale.isEmpty())
            qInfo("%d message(s) of the .ts are no longer in the sources:\n%s", int(stale.size()),
                  qPrintable(stale.join(QLatin1Char('\n'))));
    }

    // The test runs under LANG=vi_VN.UTF-8 (tests/gui/CMakeLists.txt): main.cpp's call picks Vietnamese.
    void systemLocaleLoadsVietnamese()
    {
        QCOMPARE(QLocale().language(), QLocale::Vietnamese);
        QTranslator translator;
        QVERIFY(translator.load(QLocale(), QStringLiteral("brandmind-backup"), QStringLiteral("_"),
                                QStringLiteral(":/i18n")));
        QCOMPARE(translator.language(), QStringLiteral("vi_VN"));
    }

    // What the window shows when a FalkorDB server cannot be reached: English without the translation,
    // Vietnamese with it; the address and the hint are filled in.
    void connectionRefusedIsVietnamese()
    {
        const quint16 port = closedPort();
        const QString where = QStringLiteral("127.0.0.1:%1").arg(port);
        FalkorEndpoint endpoint;
        QString parseError;
        QVERIFY2(FalkorEndpoint::parse(QStringLiteral("redis://") + where, &endpoint, &parseError),
                 qPrintable(parseError));
        endpoint.connectTimeoutMs = 5000;

        FalkorConnection english;
        const OperationError englishError = errorOf([&] { english.open(endpoint); });
        QCOMPARE(englishError.kind(), OperationError::Kind::ConnectionFailed);
        QCOMPARE(englishError.message(),
                 QStringLiteral("Could not connect to %1: connection refused.").arg(where));

        QCoreApplication::installTranslator(&m_translator);
        FalkorConnection vietnamese;
        const OperationError error = errorOf([&] { vietnamese.open(endpoint); });
        QCoreApplication::removeTranslator(&m_translator);
        QCOMPARE(error.kind(), OperationError::Kind::ConnectionFailed);
        QCOMPARE(error.message(), QStringLiteral("Không thể kết nối tới %1: kết nối bị từ chối.").arg(where));
        QCOMPARE(error.hint(), QStringLiteral("FalkorDB có đang chạy trên %1 không?").arg(where));
    }

    // A wrong password against a real redis-server with requirepass: the sentence is ours and Vietnamese,
    // the server's own words follow it, and the password appears nowhere.
    void wrongPasswordIsVietnamese()
    {
        const QString password = QStringLiteral("correct-horse-7");
        RedisServerFixture server;
        RedisServerFixture::Options options;
        options.loadGraphModule = false;
        options.password = password;
        QString startError;
        QVERIFY2(server.start(options, &startError), qPrintable(startError));
        FalkorEndpoint endpoint;
        QString parseError;
        const QString url = QStringLiteral("redis://:wrong-%1@127.0.0.1:%2").arg(password).arg(server.port());
        QVERIFY2(FalkorEndpoint::parse(url, &endpoint, &parseError), qPrintable(parseError));

        QCoreApplication::installTranslator(&m_translator);
        FalkorConnection connection;
        const OperationError error = errorOf([&] { connection.open(endpoint); });
        QCoreApplication::removeTranslator(&m_translator);
        QCOMPARE(error.kind(), OperationError::Kind::AuthFailed);
        const QString rejected =
            QStringLiteral("Máy chủ đã từ chối tên người dùng hoặc mật khẩu. Máy chủ báo: ");
        QVERIFY2(error.message().startsWith(rejected), qPrintable(error.message()));
        QCOMPARE(error.hint(),
                 QStringLiteral("Hãy kiểm tra tên người dùng và mật khẩu hoặc FALKORDB_PASSWORD."));
        QVERIFY(!error.message().contains(password));
    }

    // Texts the core libraries hand to the window as they are: an address the profile dialog refuses,
    // and the secret names used in "Password needed" and keychain messages.
    void coreTextsAreVietnamese()
    {
        QCoreApplication::installTranslator(&m_translator);
        FalkorEndpoint endpoint;
        QString error;
        const bool parsed =
            FalkorEndpoint::parse(QStringLiteral("redis://localhost:99999"), &endpoint, &error);
        const QString password = SecretKinds::displayName(SecretKind::FalkorDbPassword);
        const QString secretKey = SecretKinds::displayName(SecretKind::S3SecretKey);
        QCoreApplication::removeTranslator(&m_translator);
        QVERIFY(!parsed);
        QCOMPARE(error, QStringLiteral("'99999' không phải là cổng hợp lệ: hãy dùng số từ 1 đến 65535."));
        QCOMPARE(password, QStringLiteral("mật khẩu FalkorDB"));
        QCOMPARE(secretKey, QStringLiteral("khóa bí mật S3"));
    }

private:
    QList<TsMessage> m_messages;        // the committed translations/brandmind-backup_vi.ts
    QList<TsMessage> m_currentMessages; // what lupdate finds in the sources now
    QString m_lupdateDiagnostics;
    QTranslator m_translator;
};

QTEST_GUILESS_MAIN(TranslationTest)
#include "tst_translation.moc"

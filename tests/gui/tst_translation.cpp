// The Vietnamese translation is what the team sees every day: every string of the .ts must be translated,
// keep its placeholders, and the compiled .qm (built from the same .ts, loaded the way main.cpp loads it)
// must give the translations back.

#include <QFile>
#include <QLocale>
#include <QRegularExpression>
#include <QTest>
#include <QTranslator>
#include <QXmlStreamReader>

namespace {

struct TsMessage
{
    QString context;
    QString source;
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

private:
    QList<TsMessage> m_messages;
    QTranslator m_translator;
};

QTEST_GUILESS_MAIN(TranslationTest)
#include "tst_translation.moc"

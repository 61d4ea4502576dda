#include "signcommands.h"

#include "commands.h"

#include "core/pdf/displaycopy.h"
#include "core/pdf/pdfsigner.h"
#include "core/pki/pkcs11.h"
#include "core/signing/signer.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

#include <cstdio>
#include <optional>

#include <unistd.h>

namespace lt::cli {

namespace {

struct SignTr
{
    Q_DECLARE_TR_FUNCTIONS(lt::cli)
};

int fail(QTextStream &err, const Error &e)
{
    err << (e.message.isEmpty() ? errorText(e.code) : e.message) << '\n';
    return Refused;
}

std::optional<QString> take(QStringList &args, const QString &name)
{
    const qsizetype i = args.indexOf(QStringLiteral("--") + name);
    if (i < 0 || i + 1 >= args.size())
        return std::nullopt;
    const QString v = args.at(i + 1);
    args.remove(i, 2);
    return v;
}

bool flag(QStringList &args, const QString &name)
{
    return args.removeAll(QStringLiteral("--") + name) > 0;
}

int cmdTokens(QStringList args, QTextStream &out, QTextStream &err)
{
    const auto module = take(args, QStringLiteral("module"));
    if (!args.isEmpty())
        return usage(err, SignTr::tr("Usage: lienthong-cli tokens [--module PATH]"));
    const QStringList modules = signing::modulesToUse(module);
    if (modules.isEmpty()) {
        err << SignTr::tr("No token driver was found; give one with --module PATH.") << '\n';
        return Refused;
    }
    bool failed = false;
    for (const QString &path : modules) {
        auto m = pki::Module::load(path);
        if (!m) {
            err << m.error().message << '\n';
            failed = failed || module.has_value(); // the driver asked for by name
            continue;
        }
        out << SignTr::tr("Driver: %1 (%2)").arg(path, m.value()->description()) << '\n';
        auto tokens = m.value()->tokens();
        if (!tokens) {
            err << tokens.error().message << '\n';
            continue;
        }
        if (tokens->isEmpty())
            out << "  " << SignTr::tr("no token plugged in") << '\n';
        for (const pki::TokenInfo &t : tokens.value()) {
            out << "  "
                << SignTr::tr("Token \"%1\" (%2 %3, serial %4, slot %5)")
                       .arg(t.label, t.manufacturer, t.model, t.serial)
                       .arg(t.slot)
                << '\n';
            if (t.pinLocked)
                out << "    " << SignTr::tr("PIN locked") << '\n';
            else if (t.pinFinalTry)
                out << "    " << SignTr::tr("one PIN try left") << '\n';
            else if (t.pinCountLow)
                out << "    " << SignTr::tr("a wrong PIN was entered recently") << '\n';
            auto certs = m.value()->certificates(t.slot);
            if (!certs) {
                err << certs.error().message << '\n';
                continue;
            }
            for (const pki::CertificateInfo &c : certs.value()) {
                out << "    "
                    << SignTr::tr("Certificate %1: %2")
                           .arg(QString::fromLatin1(c.id.toHex()), c.commonName)
                    << '\n';
                out << "      " << SignTr::tr("Subject: %1").arg(c.subject) << '\n';
                out << "      " << SignTr::tr("Issuer: %1").arg(c.issuer) << '\n';
                out << "      "
                    << SignTr::tr("Valid %1 – %2")
                           .arg(c.notBefore.toLocalTime().toString(QStringLiteral("dd/MM/yyyy")),
                                c.notAfter.toLocalTime().toString(QStringLiteral("dd/MM/yyyy")))
                    << '\n';
                out << "      "
                    << SignTr::tr("Key: %1 %2 bits%3")
                           .arg(c.keyType == pki::KeyType::Rsa  ? QStringLiteral("RSA")
                                : c.keyType == pki::KeyType::Ec ? QStringLiteral("ECDSA")
                                                                : QStringLiteral("?"))
                           .arg(c.keyBits)
                           .arg(c.digitalSignature || c.nonRepudiation
                                    ? SignTr::tr(", for signing")
                                    : SignTr::tr(", not for signing"))
                    << '\n';
            }
        }
    }
    return failed ? Refused : Ok;
}

int cmdSign(QStringList args, QTextStream &out, QTextStream &err)
{
    const auto input = take(args, QStringLiteral("in"));
    const auto output = take(args, QStringLiteral("out"));
    const auto module = take(args, QStringLiteral("module"));
    const auto tokenLabel = take(args, QStringLiteral("token"));
    const auto keyIdHex = take(args, QStringLiteral("key-id"));
    const bool pinStdin = flag(args, QStringLiteral("pin-stdin"));
    const QString profileName =
        take(args, QStringLiteral("profile")).value_or(QStringLiteral("leader"));
    const auto pageText = take(args, QStringLiteral("page"));
    const auto rectText = take(args, QStringLiteral("rect"));
    const auto field = take(args, QStringLiteral("field"));
    const QString image = take(args, QStringLiteral("image")).value_or(QString());
    const QString reason = take(args, QStringLiteral("reason")).value_or(QString());
    const QString level = take(args, QStringLiteral("level")).value_or(QStringLiteral("B-B"));
    const auto tsa = take(args, QStringLiteral("tsa"));
    const auto ocsp = take(args, QStringLiteral("ocsp"));
    const auto crl = take(args, QStringLiteral("crl"));
    const auto chainFile = take(args, QStringLiteral("chain"));
    const auto name = take(args, QStringLiteral("name"));
    const auto title = take(args, QStringLiteral("title"));
    const auto organisation = take(args, QStringLiteral("organisation"));
    const auto email = take(args, QStringLiteral("email"));
    const auto notation = take(args, QStringLiteral("notation"));
    const auto trustFile = take(args, QStringLiteral("trust"));
    const bool pss = flag(args, QStringLiteral("pss"));
    const auto issueNumber = take(args, QStringLiteral("issue-number"));
    const auto issueNotation = take(args, QStringLiteral("issue-notation"));
    const auto issueDate = take(args, QStringLiteral("issue-date"));
    const auto numberAt = take(args, QStringLiteral("number-at"));
    const auto dayAt = take(args, QStringLiteral("day-at"));
    const auto monthAt = take(args, QStringLiteral("month-at"));
    const auto yearAt = take(args, QStringLiteral("year-at"));
    bool finalTry = flag(args, QStringLiteral("final-pin-try"));
    if (!input || !output || !args.isEmpty()) {
        return usage(
            err,
            SignTr::tr(
                "Usage: lienthong-cli sign --in IN.pdf --out OUT.pdf [--module PATH] "
                "[--token LABEL] [--key-id HEX] [--pin-stdin] [--profile "
                "leader|agency|attachment|invisible] [--page N] [--rect X,Y,W,H] "
                "[--field NAME] [--image PNG] [--reason TEXT] [--chain PEM] [--name TEXT] "
                "[--title TEXT] [--organisation TEXT] [--email TEXT] "
                "[--notation TEXT] [--level B-B|B-T|B-LT] [--tsa URL] [--ocsp URL] [--crl URL] "
                "[--trust PEM] "
                "[--pss] [--final-pin-try] [--issue-number N --issue-notation KH-UBND "
                "[--issue-date yyyy-MM-dd] [--number-at X,Y] [--day-at X,Y --month-at X,Y "
                "[--year-at X,Y]]]"));
    }
    pdf::SignOptions o;
    static const QStringList profiles{QStringLiteral("leader"), QStringLiteral("agency"),
                                      QStringLiteral("attachment"), QStringLiteral("invisible")};
    const qsizetype profile = profiles.indexOf(profileName);
    if (profile < 0)
        return usage(err, SignTr::tr("Unknown profile \"%1\".").arg(profileName));
    o.profile = static_cast<pdf::StampProfile>(profile);
    const auto parsedLevel = signing::levelFromKey(level);
    if (!parsedLevel)
        return usage(err, SignTr::tr("Unknown level \"%1\" (B-B, B-T or B-LT).").arg(level));
    if ((*parsedLevel != signing::Level::BB) != bool(tsa))
        return usage(err, SignTr::tr("Levels B-T and B-LT need a timestamp authority: --tsa URL."));
    if (field) {
        if (pageText || rectText)
            return usage(err, SignTr::tr("--field takes the field's page and place: no --page "
                                         "or --rect with it."));
        o.field = *field;
    }
    if (pageText) {
        bool ok = false;
        o.page = pageText->toInt(&ok);
        if (!ok || o.page < 1)
            return usage(err, SignTr::tr("--page takes a page number from 1."));
    }
    if (rectText) {
        const QStringList parts = rectText->split(u',');
        QList<double> v;
        for (const QString &p : parts)
            v << p.toDouble();
        if (parts.size() != 4 || v[2] <= 0 || v[3] <= 0)
            return usage(err, SignTr::tr("--rect takes X,Y,WIDTH,HEIGHT in points."));
        o.rect = QRectF(v[0], v[1], v[2], v[3]);
    }
    if (!image.isEmpty() && !QFileInfo::exists(image))
        return usage(err, SignTr::tr("The image \"%1\" does not exist.").arg(image));
    o.imagePng = image;
    o.reason = reason;
    if (issueNumber || issueNotation) {
        pdf::IssueMark mark;
        bool ok = false;
        mark.number = issueNumber.value_or(QString()).toInt(&ok);
        mark.notation = issueNotation.value_or(QString());
        mark.date = issueDate ? QDate::fromString(*issueDate, Qt::ISODate) : QDate::currentDate();
        if (!ok || mark.number < 1 || mark.notation.isEmpty() || !mark.date.isValid()) {
            return usage(err, SignTr::tr("Issuing takes --issue-number N (from 1), "
                                         "--issue-notation such as KH-UBND and an optional "
                                         "--issue-date yyyy-MM-dd."));
        }
        const auto point = [](const QString &text) -> std::optional<QPointF> {
            const QStringList xy = text.split(u',');
            bool okX = false, okY = false;
            const double x = xy.value(0).toDouble(&okX), y = xy.value(1).toDouble(&okY);
            if (xy.size() != 2 || !okX || !okY)
                return std::nullopt;
            return QPointF(x, y);
        };
        if (numberAt && !(mark.numberAt = point(*numberAt)))
            return usage(err, SignTr::tr("--number-at, --day-at, --month-at and --year-at take "
                                         "X,Y in points."));
        for (const auto &[given, place] :
             {std::pair{&dayAt, &mark.dayAt}, std::pair{&monthAt, &mark.monthAt},
              std::pair{&yearAt, &mark.yearAt}}) {
            if (*given && !(*place = point(**given)))
                return usage(err, SignTr::tr("--number-at, --day-at, --month-at and --year-at "
                                             "take X,Y in points."));
        }
        if (bool(mark.dayAt) != bool(mark.monthAt))
            return usage(err, SignTr::tr("--day-at and --month-at go together."));
        o.issue = mark;
    }

    // The token, the certificate and its key.
    std::optional<QByteArray> keyId;
    if (keyIdHex)
        keyId = QByteArray::fromHex(keyIdHex->toLatin1());
    auto found = signing::findCertificates(signing::modulesToUse(module), tokenLabel, keyId);
    if (!found)
        return fail(err, found.error());
    if (found->isEmpty()) {
        err << SignTr::tr("No signing certificate was found on a token.") << '\n';
        return Refused;
    }
    const signing::Candidate chosen = found->first();
    if (chosen.token.pinLocked) {
        err << errorText(ErrorCode::PinLocked) << '\n';
        return Refused;
    }
    if (chosen.token.pinFinalTry) {
        err << SignTr::tr("Warning: one PIN try is left on this token.") << '\n';
        // The try that can lock the token: only with a yes to exactly that.
        if (!finalTry && !pinStdin && isatty(fileno(stdin))) {
            err << SignTr::tr("A wrong PIN now locks the token. Type \"yes\" to go on: ")
                << Qt::flush;
            QTextStream in(stdin);
            const QString answer = in.readLine().trimmed().toLower();
            finalTry = answer == u"yes" || answer == u"có" || answer == u"co";
        }
        if (!finalTry) {
            err << SignTr::tr("Not signed: the last PIN try is kept. Sign with --final-pin-try "
                              "when you are sure of the PIN.")
                << '\n';
            return Refused;
        }
    } else if (chosen.token.pinCountLow)
        err << SignTr::tr("Warning: a wrong PIN was entered on this token recently.") << '\n';

    signing::Request request;
    if (chainFile) {
        auto chain = signing::readPemCertificates({*chainFile});
        if (!chain)
            return usage(err, chain.error().message);
        request.chain = chain.value();
    }
    QList<QByteArray> anchors;
    if (trustFile) {
        auto read = signing::readPemCertificates({*trustFile});
        if (!read)
            return usage(err, read.error().message);
        anchors = read.value();
    }
    // Checked before the PIN is asked: expired stops here, the rest is said, never hidden.
    const QDateTime now = QDateTime::currentDateTime();
    const signing::CertificateCheck check =
        signing::checkCertificate(chosen.certificate, request.chain, anchors, now.toUTC());
    for (const QString &problem : check.problems)
        err << (check.usable ? SignTr::tr("Warning: %1") : QStringLiteral("%1")).arg(problem)
            << '\n';
    if (!check.usable)
        return Refused;

    o.text.signerName = name.value_or(chosen.certificate.commonName);
    o.text.signerTitle = title.value_or(QString());
    o.text.organisation = organisation.value_or(QString());
    o.text.email = email.value_or(QString());
    o.text.notation = notation.value_or(QString());
    o.time = now;
    request.input = *input;
    request.output = *output;
    request.options = o;
    request.level = *parsedLevel;
    if (tsa)
        request.tsa = QUrl(*tsa);
    if (ocsp)
        request.ocsp = QUrl(*ocsp);
    if (crl)
        request.crl = QUrl(*crl);
    request.pss = pss;
    request.finalPinTryConfirmed = finalTry;

    const QByteArray pin = readPin(pinStdin, err);
    auto report = signing::signPdf(chosen, pin, request);
    if (!report)
        return fail(err, report.error());
    out << SignTr::tr("Signed by %1: %2 (%3 bytes added, page %4).")
               .arg(chosen.certificate.commonName, *output)
               .arg(report->outputBytes - report->inputBytes)
               .arg(report->page)
        << '\n';
    return Ok;
}

// A PDF signed offline at B-B, brought up to B-T or B-LT once the network is back.
int cmdExtend(QStringList args, QTextStream &out, QTextStream &err)
{
    const auto input = take(args, QStringLiteral("in"));
    const auto output = take(args, QStringLiteral("out"));
    const QString level = take(args, QStringLiteral("level")).value_or(QStringLiteral("B-LT"));
    const auto tsa = take(args, QStringLiteral("tsa"));
    const auto ocsp = take(args, QStringLiteral("ocsp"));
    const auto crl = take(args, QStringLiteral("crl"));
    const auto chainFile = take(args, QStringLiteral("chain"));
    const auto parsed = signing::levelFromKey(level);
    if (!input || !output || !tsa || !args.isEmpty() || !parsed || *parsed == signing::Level::BB) {
        return usage(err, SignTr::tr("Usage: lienthong-cli extend --in SIGNED.pdf --out OUT.pdf "
                                     "--tsa URL [--level B-T|B-LT] [--ocsp URL] [--crl URL] "
                                     "[--chain PEM]"));
    }
    QList<QByteArray> chain;
    if (chainFile) {
        auto read = signing::readPemCertificates({*chainFile});
        if (!read)
            return usage(err, read.error().message);
        chain = read.value();
    }
    auto report = signing::extendPdf(*input, *output, *parsed, QUrl(*tsa),
                                     ocsp ? QUrl(*ocsp) : QUrl(), chain, crl ? QUrl(*crl) : QUrl());
    if (!report)
        return fail(err, report.error());
    out << SignTr::tr("Extended to %1: %2 (%3 bytes added; validation data for %n signature(s)).",
                      nullptr, report->signatures)
               .arg(level, *output)
               .arg(report->outputBytes - report->inputBytes)
        << '\n';
    return Ok;
}

int cmdDisplayCopy(QStringList args, QTextStream &out, QTextStream &err)
{
    const auto input = take(args, QStringLiteral("in"));
    const auto output = take(args, QStringLiteral("out"));
    if (!input || !output || !args.isEmpty())
        return usage(
            err, SignTr::tr("Usage: lienthong-cli display-copy --in SIGNED.pdf --out COPY.pdf"));
    auto report = pdf::makeDisplayCopy(*input, *output);
    if (!report)
        return fail(err, report.error());
    out << SignTr::tr("%1: %2 stamp(s) painted into the pages.")
               .arg(*output)
               .arg(report->stampsPainted)
        << '\n';
    return Ok;
}

} // namespace

QByteArray readPin(bool fromStdin, QTextStream &err)
{
    const QByteArray env = qgetenv("LIENTHONG_PIN");
    if (!env.isEmpty() && !fromStdin)
        return env;
    return readSecret(SignTr::tr("Token PIN: "), fromStdin, err).toUtf8();
}

bool isSignCommand(const QString &command)
{
    return command == u"tokens" || command == u"sign" || command == u"display-copy" ||
           command == u"extend";
}

int runSignCommand(const QString &command, const QStringList &args, QTextStream &out,
                   QTextStream &err)
{
    if (command == u"tokens")
        return cmdTokens(args, out, err);
    if (command == u"display-copy")
        return cmdDisplayCopy(args, out, err);
    if (command == u"extend")
        return cmdExtend(args, out, err);
    return cmdSign(args, out, err);
}

} // namespace lt::cli

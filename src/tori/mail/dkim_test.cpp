// SPDX-License-Identifier: AGPL-3.0-or-later
// Tests of DKIM signing: libopendkim's own verifier (key from a file, no DNS) accepts what we
// sign, refuses tampered copies, and a signed message survives a real SMTP hop.
#include "tori/mail/dkim.hpp"

#include <gtest/gtest.h>
#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/rsa.h>

#include <memory>
#include <vector>

#include "tori/mail/message.hpp"
#include "tori/mail/opendkim.hpp"
#include "tori/mail/smtp_test_server.hpp"
#include "tori/mail/smtp_transport.hpp"
#include "tori/testing/temp_dir.hpp"

namespace tori::mail {
namespace {

using namespace std::chrono_literals;

// A fresh 2048-bit RSA key for this test run: the private key as PEM, the public one as the
// base64 DER a DNS record's p= holds.
struct TestKey {
  std::string private_pem;
  std::string public_base64;
};

const TestKey& test_key() {
  static const TestKey key = [] {
    std::unique_ptr<EVP_PKEY, decltype(&EVP_PKEY_free)> pkey(EVP_RSA_gen(2048), &EVP_PKEY_free);
    std::unique_ptr<BIO, decltype(&BIO_free)> bio(BIO_new(BIO_s_mem()), &BIO_free);
    PEM_write_bio_PrivateKey(bio.get(), pkey.get(), nullptr, nullptr, 0, nullptr, nullptr);
    char* pem = nullptr;
    const long pem_length = BIO_get_mem_data(bio.get(), &pem);
    std::vector<unsigned char> der(static_cast<size_t>(i2d_PUBKEY(pkey.get(), nullptr)));
    unsigned char* end = der.data();
    i2d_PUBKEY(pkey.get(), &end);
    std::string base64(4 * ((der.size() + 2) / 3) + 1, '\0');
    base64.resize(
        static_cast<size_t>(EVP_EncodeBlock(reinterpret_cast<unsigned char*>(base64.data()),
                                            der.data(), static_cast<int>(der.size()))));
    return TestKey{std::string(pem, static_cast<size_t>(pem_length)), base64};
  }();
  return key;
}

DkimKey dkim_key() {
  return {"tori.example.fi", "tori2024", test_key().private_pem};
}

// Verifies with libopendkim, the public key read from a query file instead of DNS; the status
// text, "pass" when the signature holds.
class Verifier {
 public:
  Verifier() {
    dir_.write("keys", "tori2024._domainkey.tori.example.fi v=DKIM1; k=rsa; p=" +
                           test_key().public_base64 + "\n");
    library_ = dkim_init(nullptr, nullptr);
    int method = DKIM_QUERY_FILE;
    dkim_options(library_, DKIM_OP_SETOPT, DKIM_OPTS_QUERYMETHOD, &method, sizeof method);
    std::string path = (dir_ / "keys").string();
    dkim_options(library_, DKIM_OP_SETOPT, DKIM_OPTS_QUERYINFO, path.data(), path.size());
  }
  ~Verifier() { dkim_close(library_); }

  std::string check(std::string message) const {
    DKIM_STAT status = DKIM_STAT_OK;
    DKIM* dkim =
        dkim_verify(library_, reinterpret_cast<const unsigned char*>("test"), nullptr, &status);
    if (dkim == nullptr) return "dkim_verify failed";
    status = dkim_chunk(dkim, reinterpret_cast<unsigned char*>(message.data()), message.size());
    if (status == DKIM_STAT_OK) status = dkim_chunk(dkim, nullptr, 0);
    if (status == DKIM_STAT_OK) status = dkim_eom(dkim, nullptr);
    std::string text = status == DKIM_STAT_OK ? "pass" : dkim_getresultstr(status);
    dkim_free(dkim);
    return text;
  }

 private:
  testing::TempDir dir_;
  DKIM_LIB* library_ = nullptr;
};

std::string dkim_sample_message() {
  MailContent content;
  content.from = {"Tori", "noreply@tori.example.fi"};
  content.to = {"Åsa Öhman", "asa@example.fi"};
  content.subject = "Vahvista sähköpostiosoitteesi";
  content.text = "Hei!\n\nVahvista osoitteesi tästä.\n";
  content.html = "<p>Hei!</p>";
  return build_message(content, std::chrono::system_clock::now());
}

TEST(Dkim, SignedMessageVerifies) {
  DkimSigner signer(dkim_key());
  const std::string message = dkim_sample_message();
  const std::string signed_message = signer.sign(message);
  std::string head =
      signed_message.substr(0, signed_message.find("\r\n", signed_message.find("b=")));
  std::erase_if(head, [](char c) { return c == '\r' || c == '\n' || c == '\t' || c == ' '; });
  EXPECT_TRUE(
      head.starts_with("DKIM-Signature:v=1;a=rsa-sha256;c=relaxed/relaxed;"
                       "d=tori.example.fi;s=tori2024;"))
      << signed_message;
  EXPECT_NE(head.find(":from;b="), std::string::npos) << "From is oversigned: " << head;
  EXPECT_TRUE(signed_message.ends_with(message));
  for (std::size_t i = signed_message.find('\n'); i != std::string::npos;
       i = signed_message.find('\n', i + 1))
    ASSERT_EQ(signed_message[i - 1], '\r') << "bare LF at " << i;
  EXPECT_EQ(Verifier().check(signed_message), "pass");
}

TEST(Dkim, TamperedCopiesFail) {
  DkimSigner signer(dkim_key());
  const std::string signed_message = signer.sign(dkim_sample_message());
  struct Case {
    const char* name;
    std::string from, to;
  };
  const Case cases[] = {
      {"body changed", "Vahvista osoitteesi", "Vahvista osoitteeni"},
      {"subject changed", "Subject: ", "Subject: Re: "},
      {"second From added", "\r\nFrom: ", "\r\nFrom: <evil@example.net>\r\nFrom: "},
  };
  const Verifier verifier;
  for (const Case& c : cases) {
    std::string copy = signed_message;
    const auto at = copy.find(c.from);
    ASSERT_NE(at, std::string::npos) << c.name;
    copy.replace(at, c.from.size(), c.to);
    EXPECT_NE(verifier.check(copy), "pass") << c.name;
  }
}

TEST(Dkim, UnusableKeysAreRefused) {
  EXPECT_THROW(DkimSigner({"tori.example.fi", "tori2024", "not a key"}), std::invalid_argument);
  EXPECT_THROW(DkimSigner({"", "tori2024", test_key().private_pem}), std::invalid_argument);
  EXPECT_THROW(DkimSigner({"tori.example.fi", "", test_key().private_pem}), std::invalid_argument);
}

TEST(Dkim, TransportSignsWhatSmtpDelivers) {
  SmtpTestServer server;
  SmtpSettings settings;
  settings.host = "127.0.0.1";
  settings.port = server.port();
  settings.tls = SmtpSettings::Tls::kNone;
  settings.from = "noreply@tori.example.fi";
  settings.timeout = 5s;
  SmtpTransport smtp(settings);
  DkimSigner signer(dkim_key());
  DkimTransport signing(signer, smtp);
  const SendResult result = signing.send({1, "asa@example.fi", dkim_sample_message(), 0});
  ASSERT_TRUE(result.ok) << result.error;
  ASSERT_TRUE(server.wait_for(1, 5s));
  EXPECT_EQ(Verifier().check(server.messages()[0].data), "pass");
}

}  // namespace
}  // namespace tori::mail

// SPDX-License-Identifier: AGPL-3.0-or-later
// Subjects about the service to clients, communication, skills and new ideas.
#include "tori/demo/tables.hpp"

namespace tori::demo {
namespace {

constexpr unsigned kServiceStaff = kAllAreas & ~kLeadership;

// One row per subject, laid out as in table_subjects_people.cpp.
constexpr Subject kServiceSubjects[] = {
    // Handling client feedback.
    {"asiakaspalautteen käsittely", "asiakaspalautteen käsittelyn", "asiakaspalautteen käsittelyä",
     "asiakaspalautteen käsittelyyn", "asiakaspalautteen käsittelystä", false,
     kService | kPaperwork, kServiceStaff & ~kWhole, kExternalClients, 2016, "asiakaslähtöisyys",
     "viestintä", true, "asiakaspalaute", "asiakaskokemus",
     "Asiakaspalautetta tuli monta kanavaa pitkin, eikä kukaan koonnut sitä yhteen.",
     "Palautteen antajat kokivat, ettei heidän viestinsä johtaneet mihinkään, koska vastauksia ei "
     "tullut.",
     "Kaikki palaute ohjataan yhteen järjestelmään, jossa sille nimetään käsittelijä, ja "
     "palautteeseen vastataan viiden arkipäivän kuluessa.",
     "Vastausaika lyheni keskimäärin kolmesta viikosta neljään päivään, ja palautteen perusteella "
     "tehdyt muutokset julkaistaan neljännesvuosittain."},
    // Booking appointments.
    {"ajanvaraus", "ajanvarauksen", "ajanvarausta", "ajanvaraukseen", "ajanvarauksesta", false,
     kService | kScheduling, kHealth | kSocial | kBusiness | kAdmin | kTechnical | kCulture,
     kAppointments, 2016, "asiakaslähtöisyys", "digitalisaatio", true, "ajanvaraus",
     "sähköinen asiointi",
     "Puhelinajanvaraukseen oli pitkät jonot, ja {c} joutuivat usein soittamaan monta kertaa "
     "ennen kuin pääsivät läpi.",
     "Työntekijät käyttivät ison osan aamupäivästä puheluihin, joissa sovittiin vain aika.",
     "Asiakkaat varaavat ja siirtävät ajat itse verkossa, ja puhelinpalvelu keskittyy niihin, "
     "jotka tarvitsevat neuvontaa.",
     "Yli puolet ajoista varataan nyt verkossa, ja puhelinjonot lyhenivät selvästi."},
    // Remote appointments by video.
    {"etävastaanotto", "etävastaanoton", "etävastaanottoa", "etävastaanottoon", "etävastaanotosta",
     false, kService, kHealth | kSocial, kAppointments, 2017, "digitalisaatio", "asiakaslähtöisyys",
     true, "etävastaanotto", "videovastaanotto",
     "Pitkät välimatkat tekivät käynneistä {c_all} raskaita, ja osa jätti sovitun ajan "
     "käyttämättä.",
     "Monet käynnit olivat lyhyitä seurantakäyntejä, joihin ei tarvittu fyysistä tutkimista.",
     "Seurantakäynnit tarjotaan ensisijaisesti videovastaanottona, ja asiakas voi aina valita "
     "myös käynnin paikan päällä.",
     "Käyttämättä jääneet ajat vähenivät, ja asiakkaat säästivät yhteensä tuhansia kilometrejä "
     "matkoja."},
    // Guiding clients to the right service.
    {"asiakasohjaus", "asiakasohjauksen", "asiakasohjausta", "asiakasohjaukseen",
     "asiakasohjauksesta", false, kService, kCare | kSocial | kHealth | kAdmin | kBusiness,
     kExternalClients, 2016, "asiakaslähtöisyys", "tuottavuus", true, "asiakasohjaus",
     "palveluneuvonta",
     "Asiakkaat joutuivat soittamaan useaan numeroon ennen kuin löysivät oikean palvelun.",
     "Sama asiakas saattoi asioida samaan aikaan kolmen työntekijän kanssa, jotka eivät tienneet "
     "toisistaan.",
     "Yksi yhteinen palvelunumero ja asiakasohjaaja selvittävät tilanteen kokonaisuutena ja "
     "ohjaavat asiakkaan oikeaan paikkaan kerralla.",
     "Asiakkaiden siirtely palvelusta toiseen väheni, ja asiakaspalautteen keskiarvo nousi."},
    // Discharge from hospital to home.
    {"kotiutus", "kotiutuksen", "kotiutusta", "kotiutukseen", "kotiutuksesta", false, kService,
     kCare | kHealth, kCareChain, 2016, "asiakaslähtöisyys", "yhteistoiminta", true, "kotiutus",
     "hoitoketju",
     "Potilaat kotiutettiin sairaalasta usein perjantai-iltapäivisin, eikä kotihoito saanut "
     "tietoa ajoissa.",
     "Osa kotiutetuista palasi päivystykseen jo muutaman päivän kuluttua.",
     "Kotiutuksesta sovitaan yhteisellä tarkistuslistalla, ja kotihoidon hoitaja käy asiakkaan "
     "luona kotiutuspäivänä.",
     "Paluut päivystykseen 30 päivän sisällä vähenivät, ja kotiutukset jakautuvat nyt "
     "tasaisemmin viikon eri päiville."},
    // Cooperation between home and school.
    {"kodin ja koulun yhteistyö", "kodin ja koulun yhteistyön", "kodin ja koulun yhteistyötä",
     "kodin ja koulun yhteistyöhön", "kodin ja koulun yhteistyöstä", false, kService, kEducation,
     kSchool, 2016, "asiakaslähtöisyys", "viestintä", true, "kodin ja koulun yhteistyö",
     "huoltajat",
     "Huoltajat kuulivat koulusta lähinnä silloin, kun jotain oli sattunut, ja viestit koettiin "
     "moittiviksi.",
     "Osa huoltajista ei lukenut sähköisiä viestejä lainkaan, eikä kaikilla ollut yhteistä kieltä "
     "koulun kanssa.",
     "Jokaiselle perheelle soitetaan syksyn alussa tutustumispuhelu, ja myönteisiä viestejä "
     "lähetetään säännöllisesti.",
     "Huoltajakyselyssä yhteistyötä hyvänä pitävien osuus kasvoi, ja vanhempainiltoihin osallistui "
     "aiempaa useampi."},
    // Young people's participation.
    {"nuorten osallisuus", "nuorten osallisuuden", "nuorten osallisuutta", "nuorten osallisuuteen",
     "nuorten osallisuudesta", false, kService, kEducation | kVocational | kCulture | kSocial,
     kYoung, 2016, "yhdenvertaisuus", "asiakaslähtöisyys", true, "osallisuus", "nuoret",
     "Nuorisovaltuusto kuuli nuorten ääntä, mutta suuri osa nuorista ei tiennyt, miten voisi "
     "vaikuttaa.",
     "Palveluja suunniteltiin nuorille, mutta harvoin yhdessä heidän kanssaan.",
     "Nuoret päättävät osallistavan budjetoinnin kautta, mihin osa määrärahoista käytetään, ja "
     "ideat äänestetään verkossa.",
     "Äänestykseen osallistui ensimmäisellä kerralla yli tuhat nuorta, ja voittaneet ideat "
     "toteutettiin saman vuoden aikana."},
    // Plain language towards clients.
    {"selkokielinen asiakasviestintä", "selkokielisen asiakasviestinnän",
     "selkokielistä asiakasviestintää", "selkokieliseen asiakasviestintään",
     "selkokielisestä asiakasviestinnästä", false, kService, kServiceStaff & ~kWhole,
     kExternalClients, 2016, "yhdenvertaisuus", "viestintä", true, "selkokieli", "saavutettavuus",
     "Asiakaskirjeet ja päätökset oli kirjoitettu virkakielellä, ja {c} soittivat kysyäkseen, "
     "mitä niissä tarkoitettiin.",
     "Verkkosivujen teksteistä moni oli vanhentunut, ja samaa asiaa kerrottiin eri sivuilla eri "
     "tavoin.",
     "Yleisimmät asiakaskirjeet ja verkkosivujen tekstit kirjoitettiin uudelleen selkeällä "
     "kielellä, ja ne testattiin asiakkailla.",
     "Kirjeiden sisältöä koskevat puhelut vähenivät, ja asiakkaat arvioivat tekstit helpommiksi "
     "ymmärtää."},
    // Digital support for clients.
    {"digituki", "digituen", "digitukea", "digitukeen", "digituesta", false, kService,
     kCulture | kAdmin | kCare | kSocial, kExternalClients, 2016, "digitalisaatio",
     "yhdenvertaisuus", true, "digituki", "sähköinen asiointi",
     "Palvelujen siirtyessä verkkoon {c} jäivät osin ilman apua, koska kaikilla ei ollut "
     "laitteita tai taitoja asioida sähköisesti.",
     "Työntekijät auttoivat asiakkaita oman työnsä ohessa, mutta neuvonta ei ollut kenenkään "
     "vastuulla.",
     "Digituki on koottu yhteen paikkaan, jossa digitukihenkilö auttaa ajanvarauksella ja ilman "
     "sitä.",
     "Digitukea annettiin ensimmäisenä vuonna yli {n_people} kertaa, ja tyypillisin kysymys koski "
     "pankkitunnusten käyttöä asiointipalveluissa."},
    // Preventive home visits.
    {"ennaltaehkäisevät kotikäynnit", "ennaltaehkäisevien kotikäyntien",
     "ennaltaehkäiseviä kotikäyntejä", "ennaltaehkäiseviin kotikäynteihin",
     "ennaltaehkäisevistä kotikäynneistä", true, kService, kCare | kRescue, kHomeVisits, 2016,
     "asiakaslähtöisyys", nullptr, true, "kotikäynnit", "ennaltaehkäisy",
     "Moni ikääntynyt tuli palvelujen piiriin vasta kaatumisen tai sairaalajakson jälkeen.",
     "Kodin turvallisuusriskeihin, kuten palovaroittimien puuttumiseen, ei kukaan puuttunut "
     "järjestelmällisesti.",
     "Kaikille 75 vuotta täyttäville tarjotaan kotikäynti, jossa käydään läpi arjen sujuminen, "
     "kodin turvallisuus ja palvelutarpeet.",
     "Kotikäynneillä havaittiin satoja turvallisuusriskejä, ja osa asiakkaista ohjattiin ajoissa "
     "kevyempien palvelujen piiriin."},
    // Safety communication.
    {"turvallisuusviestintä", "turvallisuusviestinnän", "turvallisuusviestintää",
     "turvallisuusviestintään", "turvallisuusviestinnästä", false, kService, kRescue | kEducation,
     kExternalClients, 2016, "viestintä", "asiakaslähtöisyys", true, "turvallisuus",
     "turvallisuusviestintä",
     "Turvallisuuskoulutusta järjestettiin pyynnöstä, ja se tavoitti lähinnä ne, jotka olivat "
     "asiasta jo valmiiksi kiinnostuneita.",
     "Kotitalouksien palovaroittimissa ja alkusammutusvälineissä oli tarkastuksissa toistuvia "
     "puutteita.",
     "Turvallisuusviestintä kohdennetaan onnettomuustilastojen perusteella, ja koululaisille "
     "pidetään joka vuosi sama perusoppitunti.",
     "Turvallisuusviestintä tavoitti vuodessa tuhansia kuntalaisia, ja tarkastuksissa "
     "havaittujen puutteiden määrä kääntyi laskuun."},
    // Advice for companies.
    {"yritysneuvonta", "yritysneuvonnan", "yritysneuvontaa", "yritysneuvontaan",
     "yritysneuvonnasta", false, kService, kBusiness, kCompanies, 2016, "asiakaslähtöisyys",
     "yhteistoiminta", true, "yritysneuvonta", "elinvoima",
     "Yrittäjät joutuivat asioimaan useassa paikassa eivätkä tienneet, mistä apua kannatti "
     "kysyä.",
     "Elinkeinopalvelujen asiakkaiksi tulivat lähinnä jo valmiiksi aktiiviset yritykset.",
     "Yritysneuvojat jalkautuvat yrityksiin, ja jokainen yritys saa yhden yhteyshenkilön, joka "
     "kokoaa avun eri palveluista.",
     "Yrityskäyntejä tehtiin vuodessa yli kaksisataa, ja yrittäjäkyselyssä {org_gen} "
     "elinkeinopalvelujen arvosana parani selvästi."},
    // Assessing the need for services.
    {"palvelutarpeen arviointi", "palvelutarpeen arvioinnin", "palvelutarpeen arviointia",
     "palvelutarpeen arviointiin", "palvelutarpeen arvioinnista", false, kService,
     kCare | kSocial | kHealth, kExternalClients, 2016, "asiakaslähtöisyys", "tuottavuus", true,
     "palvelutarve", "arviointi",
     "Palvelutarpeen arviointia odotettiin pahimmillaan kuukausia, ja jono kasvoi.",
     "Arvioinnit tehtiin eri tiimeissä eri tavoin, ja samanlaiset asiakkaat saattoivat saada "
     "hyvin erilaisia palveluja.",
     "Arvioinnit tehdään yhteisellä mittaristolla, ja moniammatillinen tiimi käsittelee "
     "vaikeimmat tilanteet kerran viikossa.",
     "Jonotusaika lyheni alle kahteen viikkoon, ja arviointien yhdenmukaisuus parani "
     "auditoinneissa."},
    // Internal communication.
    {"sisäinen viestintä", "sisäisen viestinnän", "sisäistä viestintää", "sisäiseen viestintään",
     "sisäisestä viestinnästä", false, kPeople, kAllAreas, 0, 2016, "viestintä", "yhteistoiminta",
     false, "sisäinen viestintä", "tiedonkulku",
     "Henkilöstökyselyssä vain vähemmistö koki saavansa riittävästi tietoa {org_gen} asioista.",
     "Intranetiä lukivat lähinnä ne, joilla oli oma tietokone, ja {t_ine} moni kuuli muutoksista "
     "ensimmäisenä paikallislehdestä.",
     "Viikoittainen lyhyt henkilöstötiedote toimii puhelimessa ilman kirjautumista, ja jokaisessa "
     "numerossa vastataan henkilöstön kysymyksiin.",
     "Riittävästi tietoa saavien osuus nousi henkilöstökyselyssä kahdessa vuodessa yli kymmenellä "
     "prosenttiyksiköllä."},
    // Mapping skills.
    {"osaamisen kartoitus", "osaamisen kartoituksen", "osaamisen kartoitusta",
     "osaamisen kartoitukseen", "osaamisen kartoituksesta", false, kLearning, kAllAreas, 0, 2016,
     "osaaminen", "johtaminen", false, "osaaminen", "osaamiskartoitus",
     "Koulutuksiin osallistuttiin sen mukaan, mitä kalenteriin sattui tulemaan, eikä kukaan "
     "tiennyt, mitä osaamista yksiköstä puuttui.",
     "Eläköityminen uhkasi viedä mukanaan osaamista, jota oli vain muutamalla työntekijällä.",
     "Tiimit kuvaavat työnsä kannalta tärkeimmät osaamiset yhteiseen taulukkoon, ja jokainen "
     "arvioi oman tasonsa kerran vuodessa.",
     "Koulutusbudjetti kohdennetaan nyt niihin taitoihin, joita yksiköstä puuttuu, ja harvinaista "
     "osaamista on jaettu useammalle."},
    // Colleagues training colleagues.
    {"sisäinen valmennus", "sisäisen valmennuksen", "sisäistä valmennusta",
     "sisäiseen valmennukseen", "sisäisestä valmennuksesta", false, kLearning, kServiceStaff, 0,
     2016, "osaaminen", nullptr, false, "valmennus", "sisäiset kouluttajat",
     "Ulkopuoliset koulutukset olivat kalliita, ja niistä opittu jäi usein yhden ihmisen "
     "tiedoksi.",
     "Talossa oli paljon osaamista, jota ei hyödynnetty, koska kukaan ei ollut pyytänyt sitä "
     "jakamaan.",
     "Omista työntekijöistä koulutetaan valmentajia, jotka pitävät kollegoilleen lyhyitä "
     "valmennuksia oman työnsä ohessa.",
     "Valmennuksiin osallistui ensimmäisenä vuonna {n_people} työntekijää, ja palautteen "
     "keskiarvo oli 4,5 asteikolla 1–5."},
    // Digital skills of the staff.
    {"digitaitojen vahvistaminen", "digitaitojen vahvistamisen", "digitaitojen vahvistamista",
     "digitaitojen vahvistamiseen", "digitaitojen vahvistamisesta", false, kLearning, kServiceStaff,
     0, 2016, "digitalisaatio", "osaaminen", false, "digitaidot", "digiagentit",
     "Uusia järjestelmiä otettiin käyttöön tiuhaan tahtiin, ja osa työntekijöistä koki jäävänsä "
     "kehityksestä jälkeen.",
     "Perusasioiden, kuten tiedostojen jakamisen ja etäpalaverien, kanssa kului päivittäin paljon "
     "aikaa.",
     "Jokaisessa yksikössä on digiagentti, joka neuvoo kollegoitaan arjen tilanteissa ja välittää "
     "tietoa uusista työkaluista.",
     "Digitaitojen itsearviointi parani vuodessa kaikilla osa-alueilla, ja tukipyynnöt "
     "perusasioista vähenivät."},
    // Simulation training.
    {"simulaatioharjoittelu", "simulaatioharjoittelun", "simulaatioharjoittelua",
     "simulaatioharjoitteluun", "simulaatioharjoittelusta", false, kLearning,
     kCare | kHealth | kRescue, 0, 2016, "osaaminen", nullptr, false, "simulaatio", "harjoittelu",
     "Harvoin toistuvat kriittiset tilanteet, kuten elvytys, jännittivät erityisesti nuorempia "
     "työntekijöitä.",
     "Koulutus oli luentopainotteista, eikä tilanteita harjoiteltu yhdessä koko tiimin kanssa.",
     "Tiimit harjoittelevat kriittisiä tilanteita omissa tiloissaan lyhyinä simulaatioina, joita "
     "seuraa yhteinen jälkipuinti.",
     "Todellisten tilanteiden jälkipuinneissa toiminta on arvioitu aiempaa sujuvammaksi, ja "
     "työntekijät kokevat olevansa valmiimpia."},
    // Competence in medication.
    {"lääkehoidon osaamisen varmistaminen", "lääkehoidon osaamisen varmistamisen",
     "lääkehoidon osaamisen varmistamista", "lääkehoidon osaamisen varmistamiseen",
     "lääkehoidon osaamisen varmistamisesta", false, kLearning, kCare | kHealth | kEducation, 0,
     2016, "osaaminen", nullptr, false, "lääkehoito", "potilasturvallisuus",
     "Lääkepoikkeamia kirjattiin kuukausittain, ja niistä osa johtui puutteellisesta "
     "osaamisesta.",
     "Lääkehoitolupien voimassaolon seuranta oli hajallaan, ja osa luvista oli vanhentunut "
     "huomaamatta.",
     "Lääkehoidon osaaminen varmistetaan verkkokoulutuksella ja näytöillä, ja lupien "
     "voimassaoloa seurataan keskitetysti.",
     "Voimassa olevien lääkehoitolupien osuus nousi lähes sataan prosenttiin, ja lääkepoikkeamat "
     "vähenivät."},
    // Using artificial intelligence, from 2023.
    {"tekoälyn hyödyntäminen", "tekoälyn hyödyntämisen", "tekoälyn hyödyntämistä",
     "tekoälyn hyödyntämiseen", "tekoälyn hyödyntämisestä", false, kProcess,
     kAdmin | kWhole | kSocial | kBusiness | kEducation | kVocational, 0, 2023, "digitalisaatio",
     "innovointi", false, "tekoäly", "kokeilu",
     "Työntekijät olivat alkaneet kokeilla tekoälypalveluja omin päin, eikä yhteisiä ohjeita "
     "ollut.",
     "Tekoälyn mahdollisuuksiin liittyi suuria odotuksia mutta myös huolta tietosuojasta ja "
     "virheistä.",
     "Kokeilussa käytetään {org_gen} omassa ympäristössä toimivaa tekoälyavustajaa, jolle ei "
     "syötetä salassa pidettäviä tietoja.",
     "Kokeilijat arvioivat säästävänsä rutiinitekstien laatimisessa noin kolmanneksen ajasta, "
     "mutta ihminen tarkistaa jokaisen tekstin yhä itse."},
    // A culture of experiments.
    {"kokeilukulttuuri", "kokeilukulttuurin", "kokeilukulttuuria", "kokeilukulttuuriin",
     "kokeilukulttuurista", false, kPeople, kServiceStaff, 0, 2016, "innovointi", nullptr, false,
     "kokeilukulttuuri", "kokeilut",
     "Kehittämisideoita syntyi paljon, mutta harva niistä päätyi käytäntöön.",
     "Pienenkin muutoksen kokeileminen vaati raskaan valmistelun, ja epäonnistumista pelättiin.",
     "Kuka tahansa voi ehdottaa enintään kolmen kuukauden kokeilua yhden sivun lomakkeella, ja "
     "päätös tehdään kahdessa viikossa.",
     "Kokeiluja käynnistettiin kahdessa vuodessa kymmeniä, ja niistä noin kolmannes jäi "
     "pysyväksi toimintatavaksi."},
    // Staff suggestions.
    {"aloitetoiminta", "aloitetoiminnan", "aloitetoimintaa", "aloitetoimintaan",
     "aloitetoiminnasta", false, kPeople, kServiceStaff, 0, 2016, "innovointi", "yhteistoiminta",
     false, "aloitteet", "ideat",
     "Aloitelaatikkoon tuli vuodessa vain muutama ehdotus, eikä niiden käsittelystä kerrottu "
     "kenellekään.",
     "Työntekijöillä oli ideoita, mutta he eivät uskoneet niiden etenevän.",
     "Ideat kirjataan sähköiselle alustalle, jossa kollegat voivat kommentoida ja kannattaa niitä, "
     "ja jokainen idea saa vastauksen kuukauden kuluessa.",
     "Ideoita kirjattiin ensimmäisenä vuonna yli {n_people}, ja niistä noin viidennes on "
     "toteutettu."},
};

}  // namespace

std::span<const Subject> service_subjects() {
  return kServiceSubjects;
}

}  // namespace tori::demo

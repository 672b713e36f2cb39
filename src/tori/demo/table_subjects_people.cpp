// SPDX-License-Identifier: AGPL-3.0-or-later
// Subjects about people, leadership and wellbeing at work: forms, vocabulary and the sentences
// that only fit that subject.
#include "tori/demo/tables.hpp"

namespace tori::demo {
namespace {

// Every area except the managers as a group.
constexpr unsigned kStaff = kAllAreas & ~kLeadership;
// Shift and hands-on work, where breaks and substitutes are an issue.
constexpr unsigned kHandsOn = kCare | kHealth | kFood | kTechnical | kEducation | kAdmin;

// One row per subject: forms (nom, gen, par, ill, ela), plural, nature, areas, traits the work
// unit needs, first year, themes, client-facing, keywords, two background sentences, a solution
// and a result sentence.
constexpr Subject kSubjects[] = {
    // Onboarding new employees.
    {"uusien työntekijöiden perehdytys", "uusien työntekijöiden perehdytyksen",
     "uusien työntekijöiden perehdytystä", "uusien työntekijöiden perehdytykseen",
     "uusien työntekijöiden perehdytyksestä", false, kPeople | kLearning, kStaff, 0, 2016,
     "osaaminen", "rekrytointi ja veto- ja pitovoima", false, "perehdytys", "uudet työntekijät",
     "Uusia työntekijöitä aloitti {t_ine} vuosittain kymmeniä, mutta perehdytys riippui siitä, "
     "kuka sattui olemaan vuorossa.",
     "Osa uusista kertoi lähtökyselyssä, ettei ollut ensimmäisten viikkojen aikana tiennyt, "
     "keneltä kysyä neuvoa.",
     "Jokainen uusi työntekijä saa nimetyn perehdyttäjän ja tarkistuslistan, jossa asiat on jaettu "
     "ensimmäiseen päivään, ensimmäiseen viikkoon ja ensimmäiseen kuukauteen.",
     "Uusien työntekijöiden arvio perehdytyksestä nousi asteikolla 1–5 keskimäärin 3,1:stä "
     "4,3:een."},
    // Onboarding substitutes and summer workers.
    {"sijaisten perehdytys", "sijaisten perehdytyksen", "sijaisten perehdytystä",
     "sijaisten perehdytykseen", "sijaisten perehdytyksestä", false, kPeople | kLearning,
     kCare | kHealth | kEducation | kFood | kTechnical | kCulture, 0, 2016, "osaaminen",
     "tuottavuus", false, "sijaiset", "perehdytys",
     "Kesäisin ja loma-aikoina {t_ine} työskentelee paljon sijaisia, joista moni on alalla "
     "ensimmäistä kertaa.",
     "Vakituiset työntekijät käyttivät lomakauden alussa runsaasti aikaa samojen asioiden "
     "neuvomiseen yhä uudelleen.",
     "Sijaisille koottiin tiivis aloituspaketti, jossa kerrotaan työvuoron kulku, tärkeimmät "
     "yhteystiedot ja turvallisuusohjeet.",
     "Vakituiset työntekijät arvioivat käyttävänsä sijaisten neuvomiseen selvästi vähemmän aikaa "
     "kuin aiempina kesinä."},
    // Performance and development discussions.
    {"kehityskeskustelut", "kehityskeskustelujen", "kehityskeskusteluja", "kehityskeskusteluihin",
     "kehityskeskusteluista", true, kPeople, kAllAreas, 0, 2016, "johtaminen", "osaaminen", false,
     "kehityskeskustelu", "tiimikeskustelu",
     "Kehityskeskustelut koettiin {t_ine} pakollisiksi rutiineiksi, joiden sisältö unohtui heti "
     "keskustelun jälkeen.",
     "Henkilöstökyselyn mukaan vain noin puolet oli käynyt kehityskeskustelun edellisen vuoden "
     "aikana.",
     "Kahdenkeskisen keskustelun rinnalle tuli tiimikeskustelu, jossa työyhteisö sopii yhdessä "
     "tavoitteista ja työnjaosta.",
     "Kehityskeskustelun käyneiden osuus nousi kahdessa vuodessa yli 90 prosenttiin."},
    // Following wellbeing at work with pulse surveys.
    {"työhyvinvoinnin seuranta", "työhyvinvoinnin seurannan", "työhyvinvoinnin seurantaa",
     "työhyvinvoinnin seurantaan", "työhyvinvoinnin seurannasta", false, kPeople, kAllAreas, 0,
     2016, "työhyvinvointi", "johtaminen", false, "työhyvinvointi", "pulssikysely",
     "Henkilöstökysely tehtiin kahden vuoden välein, ja sen tulokset olivat valmistuessaan jo "
     "vanhentuneita.",
     "{bosses} saivat tiedon työyhteisön kuormituksesta usein vasta, kun sairauspoissaolot olivat "
     "jo kasvaneet.",
     "Kuukausittainen viiden kysymyksen pulssikysely näyttää tiimin tilanteen heti, ja tulokset "
     "käsitellään seuraavassa tiimipalaverissa.",
     "Pulssikyselyn vastausprosentti on pysynyt yli 70:ssä, ja kuormitukseen on pystytty "
     "puuttumaan aiempaa aikaisemmin."},
    // Early support for work ability.
    {"varhaisen tuen malli", "varhaisen tuen mallin", "varhaisen tuen mallia",
     "varhaisen tuen malliin", "varhaisen tuen mallista", false, kPeople, kAllAreas, 0, 2016,
     "työhyvinvointi", "johtaminen", false, "varhainen tuki", "työkyky",
     "Työkyvyn heikkenemiseen puututtiin usein vasta, kun poissaolot olivat venyneet pitkiksi.",
     "Moni {boss} kertoi epäröivänsä ottaa puheeksi työntekijän jaksamista, koska ei tiennyt, "
     "mitä keskustelun jälkeen pitäisi tehdä.",
     "Mallissa sovitaan selvät hälytysrajat, keskustelun runko ja se, milloin mukaan kutsutaan "
     "työterveyshuolto.",
     "Pitkät, yli 30 päivän sairauspoissaolot vähenivät kahdessa vuodessa noin neljänneksellä."},
    // Preventing sickness absence.
    {"sairauspoissaolojen ennaltaehkäisy", "sairauspoissaolojen ennaltaehkäisyn",
     "sairauspoissaolojen ennaltaehkäisyä", "sairauspoissaolojen ennaltaehkäisyyn",
     "sairauspoissaolojen ennaltaehkäisystä", false, kPeople, kStaff, 0, 2016, "työhyvinvointi",
     "tuottavuus", false, "sairauspoissaolot", "työkyky",
     "Sairauspoissaoloja kertyi {t_ine} selvästi enemmän kuin {org_gen} muissa yksiköissä.",
     "Lyhyet poissaolot kuormittivat työyhteisöä, koska sijaisia ei saatu nopealla "
     "varoitusajalla.",
     "Työterveyshuollon kanssa sovittiin, että toistuvista lyhyistä poissaoloista käydään aina "
     "työkykyneuvottelu ennen kuin ongelmat kasautuvat.",
     "Sairauspoissaolopäivät vähenivät henkilötyövuotta kohden noin viidenneksellä kahdessa "
     "vuodessa."},
    // Job rotation.
    {"työkierto", "työkierron", "työkiertoa", "työkiertoon", "työkierrosta", false, kPeople, kStaff,
     0, 2016, "osaaminen", "työhyvinvointi", false, "työkierto", "urapolut",
     "Moni kokenut työntekijä oli tehnyt samaa työtä samassa paikassa yli kymmenen vuotta ja "
     "kaipasi uusia haasteita.",
     "Samalla yksiköiden välillä oli vähän yhteistyötä, eikä osaamista jaettu yli "
     "yksikkörajojen.",
     "Työntekijä voi hakeutua kolmen–kuuden kuukauden työkiertoon toiseen yksikköön, ja paikka "
     "vaihdetaan parin kanssa ristiin.",
     "Kahdessa vuodessa työkierrossa on ollut {n_people} työntekijää, ja useimmat kertovat "
     "palanneensa omaan työhönsä uusin ajatuksin."},
    // Peer mentoring for managers.
    {"{bosses_gen} vertaismentorointi", "{bosses_gen} vertaismentoroinnin",
     "{bosses_gen} vertaismentorointia", "{bosses_gen} vertaismentorointiin",
     "{bosses_gen} vertaismentoroinnista", false, kPeople, kStaff, 0, 2016, "johtaminen",
     "osaaminen", false, "mentorointi", "{bosswork}",
     "Uudet {bosses} siirtyivät usein johtamaan entisiä työkavereitaan ilman, että heillä oli "
     "ketään, jolta kysyä neuvoa.",
     "{bosses_gen} vaihtuvuus oli ensimmäisten vuosien aikana suurta, ja moni kertoi jäävänsä "
     "vaikeiden tilanteiden kanssa yksin.",
     "Jokainen uusi {boss} saa mentoriksi kokeneen kollegan toisesta yksiköstä, ja pari tapaa "
     "kerran kuukaudessa vuoden ajan.",
     "Mentoroitavat kertovat, että vaikeat keskustelut ja työvuorojen suunnittelu tuntuvat nyt "
     "hallittavammilta."},
    // Age management.
    {"ikäjohtaminen", "ikäjohtamisen", "ikäjohtamista", "ikäjohtamiseen", "ikäjohtamisesta", false,
     kPeople, kAllAreas, 0, 2016, "johtaminen", "työhyvinvointi", false, "ikäjohtaminen", "työurat",
     "{w} olivat keskimäärin yli 50-vuotiaita, ja lähes kolmannes heistä jäisi eläkkeelle "
     "lähivuosina.",
     "Ikääntyvät työntekijät toivoivat joustoja työaikoihin, mutta niistä ei ollut yhteisiä "
     "linjauksia.",
     "Jokaisen yli 58-vuotiaan kanssa käydään työuran jatkamisen keskustelu, jossa sovitaan "
     "tarvittaessa työajan tai tehtävien joustoista.",
     "Keskimääräinen eläkkeelle siirtymisen ikä nousi, ja moni kokenut työntekijä jatkoi "
     "osa-aikaisesti siirtäen samalla osaamistaan nuoremmille."},
    // Assessing workload.
    {"työn kuormituksen arviointi", "työn kuormituksen arvioinnin", "työn kuormituksen arviointia",
     "työn kuormituksen arviointiin", "työn kuormituksen arvioinnista", false, kPeople, kStaff, 0,
     2016, "työhyvinvointi", nullptr, false, "kuormitus", "työsuojelu",
     "Työsuojelun riskikartoituksessa henkinen kuormitus nousi {t_ine} suurimmaksi yksittäiseksi "
     "riskiksi.",
     "Kuormituksesta puhuttiin paljon, mutta yhteistä kuvaa siitä, mikä työssä oikeastaan "
     "kuormittaa, ei ollut.",
     "Tiimit arvioivat kuormitustekijät yhteisellä lomakkeella ja valitsevat niistä kolme, joihin "
     "tartutaan seuraavan puolen vuoden aikana.",
     "Toistuvassa arvioinnissa kuormittavimmiksi koettujen tekijöiden määrä väheni, ja "
     "riskikartoitus päivittyy nyt osana arkea."},
    // Recruitment.
    {"rekrytointi", "rekrytoinnin", "rekrytointia", "rekrytointiin", "rekrytoinnista", false,
     kPeople, kStaff, 0, 2016, "rekrytointi ja veto- ja pitovoima", "viestintä", false,
     "rekrytointi", "työnantajakuva",
     "Avoimiin tehtäviin {t_ine} tuli yhä vähemmän hakemuksia, ja osa paikoista jouduttiin "
     "täyttämään sijaisilla.",
     "Hakuilmoitukset olivat pitkiä ja virkakielisiä, eivätkä ne kertoneet, millaista työ on "
     "arjessa.",
     "Hakuilmoitukset kirjoitetaan nyt yhdessä tiimin kanssa, ja niissä on aina lyhyt video, "
     "jossa työntekijät kertovat omasta työstään.",
     "Hakemusten määrä avointa paikkaa kohden lähes kaksinkertaistui, ja vakituiset paikat saadaan "
     "täytettyä aiempaa nopeammin."},
    // Apprenticeships for career changers.
    {"oppisopimuskoulutus", "oppisopimuskoulutuksen", "oppisopimuskoulutusta",
     "oppisopimuskoulutukseen", "oppisopimuskoulutuksesta", false, kPeople,
     kCare | kFood | kTechnical | kEducation, 0, 2016, "osaaminen",
     "rekrytointi ja veto- ja pitovoima", false, "oppisopimus", "alanvaihtajat",
     "Päteviä {w_par} oli vaikea löytää, vaikka kiinnostuneita alanvaihtajia olisi ollut "
     "tarjolla.",
     "Osa kokeneista sijaisista teki työtä vuodesta toiseen ilman alan tutkintoa, koska opiskelu "
     "palkatta ei ollut heille mahdollista.",
     "Alanvaihtajat palkataan oppisopimuksella, jolloin he opiskelevat tutkinnon työn ohessa ja "
     "saavat palkkaa koko koulutuksen ajan.",
     "Ensimmäisestä oppisopimusryhmästä suurin osa valmistui tavoiteajassa ja jäi {org_gen} "
     "palvelukseen."},
    // A culture of feedback.
    {"palautekulttuuri", "palautekulttuurin", "palautekulttuuria", "palautekulttuuriin",
     "palautekulttuurista", false, kPeople, kAllAreas, 0, 2016, "johtaminen", "yhteistoiminta",
     false, "palaute", "vuorovaikutus",
     "Henkilöstökyselyssä heikoimmat arviot saivat kysymykset siitä, saako työstään palautetta.",
     "Palautetta annettiin lähinnä silloin, kun jokin oli mennyt pieleen.",
     "Tiimipalaverit alkavat kierroksella, jossa jokainen nostaa esiin yhden kollegan onnistumisen "
     "edelliseltä viikolta.",
     "Palautteen saamista koskevan kysymyksen keskiarvo nousi henkilöstökyselyssä yhdessä "
     "vuodessa selvästi."},
    // Involving the staff in decisions.
    {"henkilöstön osallistaminen", "henkilöstön osallistamisen", "henkilöstön osallistamista",
     "henkilöstön osallistamiseen", "henkilöstön osallistamisesta", false, kPeople, kStaff, 0, 2016,
     "yhteistoiminta", "innovointi", false, "osallisuus", "yhteistoiminta",
     "Päätökset työn järjestelyistä tehtiin pitkälti johtoryhmässä, ja {w} kuulivat niistä usein "
     "vasta jälkikäteen.",
     "Muutosten toimeenpano takkusi, koska käytännön ongelmat tulivat esiin vasta, kun uusi tapa "
     "oli jo otettu käyttöön.",
     "Jokaisesta työtä koskevasta muutoksesta järjestetään ennen päätöstä avoin "
     "kuulemistilaisuus, jonka kysymykset ja vastaukset julkaistaan.",
     "Muutosten toimeenpano on nopeutunut, kun käytännön ongelmat saadaan esiin jo "
     "valmisteluvaiheessa."},
    // Exit interviews.
    {"lähtöhaastattelut", "lähtöhaastattelujen", "lähtöhaastatteluja", "lähtöhaastatteluihin",
     "lähtöhaastatteluista", true, kPeople, kStaff, 0, 2016, "rekrytointi ja veto- ja pitovoima",
     "johtaminen", false, "lähtöhaastattelu", "pitovoima",
     "Työntekijöiden vaihtuvuus {t_ine} oli kasvanut, mutta lähtemisen syistä tiedettiin vain "
     "arvailujen varassa.",
     "Lähtijöiltä ei kysytty järjestelmällisesti mitään, ja heidän kokemuksensa katosivat talosta "
     "heidän mukanaan.",
     "Jokaiselle lähtijälle tarjotaan lähtöhaastattelu, jonka tekee henkilöstöpalvelujen "
     "asiantuntija eikä oma {boss}.",
     "Haastatteluista nousseiden syiden perusteella työvuorojen joustoja lisättiin, ja vaihtuvuus "
     "kääntyi laskuun seuraavana vuonna."},
    // Breaks during the working day.
    {"työn tauotus", "työn tauotuksen", "työn tauotusta", "työn tauotukseen", "työn tauotuksesta",
     false, kPeople, kHandsOn, 0, 2016, "työhyvinvointi", nullptr, false, "tauotus", "palautuminen",
     "Kiireisinä päivinä tauot jäivät {t_ine} usein pitämättä, ja moni söi lounaansa "
     "seisaaltaan.",
     "Tuki- ja liikuntaelinten vaivat olivat yleisin syy sairauspoissaoloihin.",
     "Jokaiseen työvuoroon suunnitellaan etukäteen tauot, ja vuoron vastaava huolehtii, että "
     "jokainen pääsee pitämään ne.",
     "Työntekijät kertovat palautuvansa työpäivästä paremmin, ja niska- ja hartiavaivojen vuoksi "
     "otetut poissaolot vähenivät."},
    // Preventing violence and threats at work.
    {"väkivaltatilanteiden ennaltaehkäisy", "väkivaltatilanteiden ennaltaehkäisyn",
     "väkivaltatilanteiden ennaltaehkäisyä", "väkivaltatilanteiden ennaltaehkäisyyn",
     "väkivaltatilanteiden ennaltaehkäisystä", false, kPeople,
     kCare | kSocial | kHealth | kEducation | kAdmin | kRescue, kExternalClients, 2016,
     "työhyvinvointi", "osaaminen", false, "työturvallisuus", "uhkatilanteet",
     "Uhkaavia tilanteita ilmoitettiin {t_ine} kymmeniä vuodessa, ja ilmoituksia arveltiin "
     "jäävän tekemättä vielä enemmän.",
     "Työntekijät kokivat jäävänsä tilanteiden jälkeen yksin, eikä tapahtumia käyty yhdessä "
     "läpi.",
     "Jokainen uhkaava tilanne käydään läpi lyhyessä jälkipuinnissa saman päivän aikana, ja "
     "toistuvat tilanteet harjoitellaan yhdessä.",
     "Ilmoitusten määrä kasvoi ensin, mutta vakavat tilanteet vähenivät, ja työntekijät kokevat "
     "turvallisuutensa aiempaa paremmaksi."},
    // Ground rules of the work community.
    {"työyhteisön pelisäännöt", "työyhteisön pelisääntöjen", "työyhteisön pelisääntöjä",
     "työyhteisön pelisääntöihin", "työyhteisön pelisäännöistä", true, kPeople, kStaff, 0, 2016,
     "työhyvinvointi", "yhteistoiminta", false, "pelisäännöt", "työyhteisö",
     "Työyhteisössä oli jännitteitä, jotka liittyivät pieniin arjen asioihin, kuten "
     "tiedonkulkuun ja yhteisten tilojen käyttöön.",
     "Ristiriidat päätyivät usein {boss_gen} ratkaistaviksi, vaikka ne olisi voinut sopia "
     "yhdessä.",
     "Työyhteisö laati itse kymmenen kohdan pelisäännöt, jotka käydään läpi jokaisen uuden "
     "työntekijän kanssa ja päivitetään kerran vuodessa.",
     "Ristiriitatilanteet vähenivät selvästi, ja henkilöstökyselyssä työyhteisön ilmapiiri sai "
     "parhaat arviot vuosiin."},
    // Ground rules of remote work.
    {"etätyön pelisäännöt", "etätyön pelisääntöjen", "etätyön pelisääntöjä",
     "etätyön pelisääntöihin", "etätyön pelisäännöistä", true, kPeople,
     kAdmin | kSocial | kBusiness | kWhole, 0, 2017, "etä- ja hybridityö", "yhteistoiminta", false,
     "etätyö", "pelisäännöt",
     "Etätyön yleistyttyä tiimin jäsenet näkivät toisiaan yhä harvemmin, ja tieto alkoi kulkea "
     "vain osalle.",
     "Jokainen tiimi oli sopinut etätyöstä omalla tavallaan, mikä aiheutti epätietoisuutta ja "
     "eriarvoisuuden kokemuksia.",
     "Pelisäännöissä sovitaan yhteisistä läsnäolopäivistä, tavoitettavuudesta ja siitä, mitkä "
     "asiat käsitellään aina kasvokkain.",
     "Tavoitettavuuteen liittyvät yhteydenotot vähenivät, ja etätyöstä tuli tasapuolisempaa eri "
     "tiimien välillä."},
    // Hybrid work after the pandemic.
    {"hybridityön käytännöt", "hybridityön käytäntöjen", "hybridityön käytäntöjä",
     "hybridityön käytäntöihin", "hybridityön käytännöistä", true, kPeople,
     kAdmin | kSocial | kBusiness | kWhole, 0, 2021, "etä- ja hybridityö", "työhyvinvointi", false,
     "hybridityö", "monipaikkainen työ",
     "Pandemian jälkeen osa työntekijöistä halusi jatkaa etätyötä, kun taas toiset kaipasivat "
     "toimistolle yhteisöä.",
     "Hybridipalaverit olivat kömpelöitä: etäosallistujat eivät kuulleet keskustelua eivätkä "
     "päässeet mukaan siihen.",
     "Toimistolla on nyt hybridikokoushuoneet, ja palavereissa on aina puheenjohtaja, joka "
     "huolehtii myös etäosallistujien puheenvuoroista.",
     "Hybridipalaverien toimivuus nousi sisäisessä kyselyssä heikoimmasta arviosta selvästi "
     "keskitason yläpuolelle."},
    // Diversity and equality in recruitment.
    {"monimuotoisuuden edistäminen", "monimuotoisuuden edistämisen", "monimuotoisuuden edistämistä",
     "monimuotoisuuden edistämiseen", "monimuotoisuuden edistämisestä", false, kPeople, kStaff, 0,
     2016, "yhdenvertaisuus", nullptr, false, "monimuotoisuus", "yhdenvertaisuus",
     "Henkilöstö ei vastannut rakenteeltaan asukkaita, joita {org} palvelee, ja "
     "ulkomaalaistaustaisia työntekijöitä oli vähän.",
     "Yhdenvertaisuussuunnitelma oli laadittu, mutta se ei näkynyt rekrytoinneissa eikä arjen "
     "käytännöissä.",
     "Rekrytoinneissa kokeiltiin anonyymiä hakua, ja {bosses} koulutettiin tunnistamaan omat "
     "ennakko-oletuksensa.",
     "Ulkomaalaistaustaisten hakijoiden osuus haastatteluihin kutsutuista kasvoi selvästi "
     "anonyymin haun kokeilussa."},
    // Onboarding employees with an immigrant background.
    {"maahanmuuttajataustaisten työntekijöiden perehdytys",
     "maahanmuuttajataustaisten työntekijöiden perehdytyksen",
     "maahanmuuttajataustaisten työntekijöiden perehdytystä",
     "maahanmuuttajataustaisten työntekijöiden perehdytykseen",
     "maahanmuuttajataustaisten työntekijöiden perehdytyksestä", false, kPeople | kLearning,
     kCare | kFood | kEducation | kTechnical, 0, 2016, "yhdenvertaisuus", "osaaminen", false,
     "kielitietoisuus", "selkokieli",
     "Uusista työntekijöistä yhä useampi puhui suomea toisena kielenä, ja ammattisanasto tuotti "
     "vaikeuksia erityisesti kirjaamisessa.",
     "Perehdytysmateriaali oli kirjoitettu vaikeaselkoisella kielellä, eikä sen ymmärtämistä "
     "varmistettu.",
     "Perehdytysmateriaali kirjoitettiin selkokielelle, ja jokainen uusi työntekijä saa "
     "kielitietoisen perehdyttäjän sekä työpaikalla järjestettävää suomen kielen opetusta.",
     "Uusien työntekijöiden kielitaito ja varmuus työssä kasvoivat, ja työyhteisöt kertovat "
     "yhteistyön sujuvan paremmin."},
    // The employer's image among students.
    {"työnantajamielikuvan vahvistaminen", "työnantajamielikuvan vahvistamisen",
     "työnantajamielikuvan vahvistamista", "työnantajamielikuvan vahvistamiseen",
     "työnantajamielikuvan vahvistamisesta", false, kPeople, kStaff, 0, 2016,
     "rekrytointi ja veto- ja pitovoima", "viestintä", false, "työnantajakuva", "harjoittelu",
     "Opiskelijat eivät juuri hakeneet harjoitteluun tai kesätöihin, ja kyselyn mukaan {org_gen} "
     "työpaikkoja pidettiin jäykkinä.",
     "Työntekijät olivat ylpeitä työstään, mutta se ei näkynyt ulospäin.",
     "Työntekijät kertovat omasta työstään sosiaalisessa mediassa lyhyin videoin, ja "
     "harjoittelijoille taataan nimetty ohjaaja.",
     "Harjoitteluhakemusten määrä kasvoi, ja moni harjoittelija on palannut {org_gen} "
     "palvelukseen valmistuttuaan."},
};

}  // namespace

std::span<const Subject> people_subjects() {
  return kSubjects;
}

}  // namespace tori::demo

// SPDX-License-Identifier: AGPL-3.0-or-later
// Subjects about how the work is organised and led: shifts, meetings, records, purchases,
// premises, energy and the leading of change.
#include "tori/demo/tables.hpp"

namespace tori::demo {
namespace {

constexpr unsigned kWorkStaff = kAllAreas & ~kLeadership;
// Work done in shifts around the clock or through the week.
constexpr unsigned kShifts = kCare | kHealth | kRescue | kFood | kCulture;
// Work in offices and expert teams.
constexpr unsigned kOffice =
    kAdmin | kWhole | kSocial | kEducation | kTechnical | kBusiness | kCulture | kVocational;

// One row per subject, laid out as in table_subjects_people.cpp.
constexpr Subject kWorkSubjects[] = {
    // Shift planning.
    {"työvuorosuunnittelu", "työvuorosuunnittelun", "työvuorosuunnittelua", "työvuorosuunnitteluun",
     "työvuorosuunnittelusta", false, kProcess | kScheduling, kShifts, kShiftWork, 2016,
     "työhyvinvointi", "tuottavuus", false, "työvuorosuunnittelu", "työaika",
     "Työvuorolistat tehtiin {t_ine} kolmeksi viikoksi kerrallaan, ja toiveiden "
     "yhteensovittaminen vei {boss_gen} työajasta ison osan.",
     "Työntekijät kokivat, ettei heillä ollut vaikutusmahdollisuuksia omiin vuoroihinsa, mikä "
     "näkyi vaihtuvuutena.",
     "Työntekijät merkitsevät vuorotoiveensa sähköiseen järjestelmään, ja tiimi sopii yhdessä "
     "pelisäännöistä, joilla vuorot jaetaan reilusti.",
     "Toteutuneiden vuorotoiveiden osuus nousi, ja listojen tekemiseen kuluva aika lyheni noin "
     "puoleen."},
    // Flexible working hours.
    {"työaikajoustot", "työaikajoustojen", "työaikajoustoja", "työaikajoustoihin",
     "työaikajoustoista", true, kProcess | kScheduling, kWorkStaff, 0, 2016, "työhyvinvointi",
     "rekrytointi ja veto- ja pitovoima", false, "työaika", "joustot",
     "Pikkulapsiperheiden vanhemmat ja ikääntyvät työntekijät toivoivat lisää joustoa "
     "työaikoihin.",
     "Joustoista sovittiin yksittäin ja kirjaamatta, mikä herätti työyhteisössä kysymyksiä "
     "tasapuolisuudesta.",
     "Jokainen voi valita kolmesta työaikamallista omaan elämäntilanteeseensa sopivan, ja valinta "
     "tarkistetaan puolen vuoden välein.",
     "Muualle siirtyneiden määrä väheni, ja joustoja koskeva tyytyväisyys parani selvästi."},
    // Finding substitutes at short notice.
    {"sijaisten hankinta", "sijaisten hankinnan", "sijaisten hankintaa", "sijaisten hankintaan",
     "sijaisten hankinnasta", false, kProcess | kScheduling, kCare | kHealth | kEducation | kFood,
     0, 2016, "tuottavuus", "rekrytointi ja veto- ja pitovoima", false, "sijaiset",
     "varahenkilöstö",
     "Äkillisten poissaolojen vuoksi {boss} soitteli aamuisin sijaisia, ja pahimmillaan "
     "soittoihin "
     "kului tunti.",
     "Vuokrafirmojen sijaiset olivat kalliita, eivätkä he tunteneet yksikön tapoja.",
     "Perustettiin oma varahenkilöstö, jonka vakituiset työntekijät siirtyvät päivittäin sinne, "
     "missä tarve on suurin.",
     "Ostopalvelusijaisten käyttö väheni murto-osaan, ja säästö kattaa varahenkilöstön "
     "palkkakulut."},
    // Meeting practices.
    {"kokouskäytännöt", "kokouskäytäntöjen", "kokouskäytäntöjä", "kokouskäytäntöihin",
     "kokouskäytännöistä", true, kProcess | kScheduling, kOffice | kLeadership, 0, 2016,
     "tuottavuus", "yhteistoiminta", false, "kokoukset", "ajankäyttö",
     "Asiantuntijoiden kalentereista jopa puolet oli varattu palavereihin, ja varsinainen työ "
     "siirtyi iltoihin.",
     "Palavereissa ei ollut aina asialistaa, eikä niissä sovittuja asioita kirjattu.",
     "Jokaisella palaverilla on tavoite ja asialista, oletuskesto lyhennettiin 30 minuuttiin, ja "
     "keskiviikkoaamupäivät ovat palaverittomia.",
     "Palavereihin käytetty aika väheni seurantajaksolla noin viidenneksellä, eikä tärkeiden "
     "asioiden käsittely kärsinyt."},
    // Client records.
    {"kirjaaminen", "kirjaamisen", "kirjaamista", "kirjaamiseen", "kirjaamisesta", false,
     kProcess | kPaperwork, kCare | kSocial | kHealth | kRescue, kExternalClients, 2016,
     "tuottavuus", "digitalisaatio", false, "kirjaaminen", "asiakastietojärjestelmä",
     "Kirjaamiseen kului {w_gen} oman arvion mukaan jopa kolmannes työajasta.",
     "Kirjaukset tehtiin usein työvuoron lopuksi muistinvaraisesti, mikä heikensi niiden "
     "laatua.",
     "Kirjaukset tehdään mobiililaitteella heti tilanteen jälkeen, ja yhteiset fraasit ja rakenne "
     "nopeuttavat työtä.",
     "Kirjaamiseen kuluva aika väheni keskimäärin noin 20 minuuttia työvuoroa kohden, ja "
     "kirjausten laatu parani auditoinneissa."},
    // Handover between shifts.
    {"vuoronvaihdon raportointi", "vuoronvaihdon raportoinnin", "vuoronvaihdon raportointia",
     "vuoronvaihdon raportointiin", "vuoronvaihdon raportoinnista", false, kProcess,
     kCare | kHealth | kRescue, kShiftWork, 2016, "tuottavuus", "viestintä", false, "raportointi",
     "tiedonkulku",
     "Suullinen raportti vuoronvaihdossa kesti pahimmillaan lähes tunnin, ja tietoa katosi "
     "matkalla.",
     "Raportin aikana kukaan ei ehtinyt vastata {c_gen} tarpeisiin.",
     "Raportti annetaan nyt jäsennellysti yhteisen rungon mukaan, ja rutiinitiedot luetaan "
     "suoraan järjestelmästä.",
     "Raportointiin kuluva aika lyheni noin puoleen, ja tiedonkulun katkoksista johtuvat "
     "vaaratapahtumailmoitukset vähenivät."},
    // Small purchases.
    {"pienhankintojen käsittely", "pienhankintojen käsittelyn", "pienhankintojen käsittelyä",
     "pienhankintojen käsittelyyn", "pienhankintojen käsittelystä", false, kProcess | kPaperwork,
     kAdmin | kTechnical | kEducation | kCulture | kWhole, 0, 2016, "tuottavuus", "digitalisaatio",
     false, "hankinnat", "sähköinen tilaus",
     "Pienetkin hankinnat vaativat kolme allekirjoitusta ja paperisen tilauslomakkeen.",
     "Tilausten hyväksyntä saattoi kestää viikkoja, ja työntekijät ostivat tarvikkeita omilla "
     "rahoillaan.",
     "Alle 500 euron hankinnat tehdään sähköisellä tilauslomakkeella, jonka hyväksyy yksi nimetty "
     "henkilö kahden päivän kuluessa.",
     "Tilausten keskimääräinen käsittelyaika lyheni kolmesta viikosta kolmeen päivään."},
    // Purchase invoices.
    {"ostolaskujen käsittely", "ostolaskujen käsittelyn", "ostolaskujen käsittelyä",
     "ostolaskujen käsittelyyn", "ostolaskujen käsittelystä", false, kProcess | kPaperwork, kAdmin,
     kFinance, 2016, "digitalisaatio", "tuottavuus", false, "ostolaskut", "taloushallinto",
     "Ostolaskuja käsiteltiin vuodessa kymmeniätuhansia, ja suurin osa niistä oli toistuvia ja "
     "samanlaisia.",
     "Kiireisinä kuukausina laskuja jäi jonoon, ja viivästyskorkoja kertyi.",
     "Toistuvat laskut tarkastetaan ja tiliöidään automaattisesti, ja poikkeavat laskut ohjataan "
     "ihmisen tarkastettaviksi syyn kanssa.",
     "Laskujen läpimenoaika lyheni viidestä päivästä kahteen, eikä viivästyskorkoja ole juuri "
     "kertynyt."},
    // Use of premises.
    {"tilojen käyttö", "tilojen käytön", "tilojen käyttöä", "tilojen käyttöön", "tilojen käytöstä",
     false, kProcess | kScheduling, kEducation | kCulture | kAdmin | kTechnical | kWhole, 0, 2016,
     "tuottavuus", "ympäristö", false, "tilat", "yhteiskäyttö",
     "Kulunvalvonnan tietojen mukaan monet tilat olivat käytössä vain muutaman tunnin päivässä.",
     "Samaan aikaan osa yksiköistä kärsi ahtaudesta ja vuokrasi lisätiloja.",
     "Tilat avattiin sähköiseen varausjärjestelmään, jonka kautta niitä voivat varata niin "
     "{org_gen} yksiköt kuin yhdistykset.",
     "Tilojen käyttöaste nousi, ja yhdestä vuokratilasta voitiin luopua."},
    // Food waste.
    {"ruokahävikin vähentäminen", "ruokahävikin vähentämisen", "ruokahävikin vähentämistä",
     "ruokahävikin vähentämiseen", "ruokahävikin vähentämisestä", false, kProcess,
     kFood | kEducation | kCare, kMeals, 2016, "ympäristö", "tuottavuus", false, "ruokahävikki",
     "kiertotalous",
     "Punnituksissa selvisi, että jopa viidennes valmistetusta ruoasta päätyi biojätteeseen.",
     "Ruokailijamäärät arvioitiin edellisen viikon perusteella, eikä poissaoloista saatu tietoa "
     "ajoissa.",
     "Ruokailijamäärät ilmoitetaan sähköisesti edellisenä päivänä, ja hävikki punnitaan ja "
     "kirjataan joka päivä näkyvälle taululle.",
     "Hävikki väheni vuodessa noin kolmanneksella, mikä tarkoittaa tuhansia kiloja ruokaa."},
    // Saving energy.
    {"energiansäästö", "energiansäästön", "energiansäästöä", "energiansäästöön",
     "energiansäästöstä", false, kProcess, kTechnical | kEducation | kCulture | kWhole | kRescue, 0,
     2016, "ympäristö", "tuottavuus", false, "energia", "energiatehokkuus",
     "Energian hinta nousi nopeasti, ja kiinteistöjen lämmitys ja valaistus olivat budjetin "
     "suurimpia yksittäisiä menoeriä.",
     "Energiankulutuksesta ei ollut yksikkötason tietoa, joten säästöihin oli vaikea tarttua.",
     "Jokaiseen yksikköön nimettiin energiavastaava, ja kulutus näytetään viikoittain yksikön "
     "omalla näytöllä.",
     "Sähkönkulutus väheni ensimmäisenä talvena noin kymmenen prosenttia edelliseen vuoteen "
     "verrattuna."},
    // Work orders.
    {"työtilausten hallinta", "työtilausten hallinnan", "työtilausten hallintaa",
     "työtilausten hallintaan", "työtilausten hallinnasta", false, kProcess | kPaperwork,
     kTechnical | kFood, kFieldWork, 2016, "digitalisaatio", "tuottavuus", false, "työtilaukset",
     "mobiilityö",
     "Vikailmoitukset tulivat puhelimella, sähköpostilla ja lapuilla, ja osa katosi matkalla.",
     "Työntekijät ajoivat päivän mittaan useita kertoja varikolle hakemaan uusia töitä.",
     "Kaikki työtilaukset kulkevat yhden sähköisen järjestelmän kautta, ja työntekijät näkevät ne "
     "puhelimestaan.",
     "Turhat ajot varikolle vähenivät, ja tilaajat näkevät nyt itse, missä vaiheessa heidän "
     "tilauksensa on."},
    // Dimensioning cleaning work.
    {"siivouksen mitoitus", "siivouksen mitoituksen", "siivouksen mitoitusta",
     "siivouksen mitoitukseen", "siivouksen mitoituksesta", false, kProcess, kFood, kCleaning, 2016,
     "tuottavuus", "työhyvinvointi", false, "siivous", "mitoitus",
     "Siivousalueet oli mitoitettu vuosia sitten, eivätkä ne vastanneet tilojen nykyistä "
     "käyttöä.",
     "Osa laitoshuoltajista kuormittui kohtuuttomasti, kun taas toisilla aikaa jäi yli.",
     "Siivoustarve arvioitiin uudelleen tila kerrallaan, ja siivoustiheys perustuu nyt tilojen "
     "todelliseen käyttöön.",
     "Työkuorma jakautuu tasaisemmin, ja tyytyväisyys siivouksen laatuun on pysynyt ennallaan tai "
     "parantunut."},
    // Supplies and their logistics.
    {"tarvikelogistiikka", "tarvikelogistiikan", "tarvikelogistiikkaa", "tarvikelogistiikkaan",
     "tarvikelogistiikasta", false, kProcess,
     kCare | kHealth | kFood | kTechnical | kRescue | kEducation, 0, 2016, "tuottavuus",
     "ympäristö", false, "logistiikka", "varastot",
     "Tarvikkeita tilattiin varmuuden vuoksi, ja varastoissa vanheni vuosittain tuhansien "
     "eurojen edestä tavaraa.",
     "{w} käyttivät aikaa tarvikkeiden etsimiseen ja hakemiseen muista yksiköistä.",
     "Varastot siirrettiin yhteiseen täydennyspalveluun, jossa logistiikkatyöntekijä täydentää "
     "hyllyt viikoittain sovittuihin määriin.",
     "Vanhentuneiden tarvikkeiden määrä väheni selvästi, ja {w_all} vapautui aikaa varsinaiseen "
     "työhön."},
    // Sharing vehicles and equipment.
    {"kaluston yhteiskäyttö", "kaluston yhteiskäytön", "kaluston yhteiskäyttöä",
     "kaluston yhteiskäyttöön", "kaluston yhteiskäytöstä", false, kProcess | kScheduling,
     kTechnical | kRescue | kCulture | kEducation | kWhole, 0, 2016, "ympäristö", "tuottavuus",
     false, "yhteiskäyttö", "kalusto",
     "Jokaisella yksiköllä oli omat autonsa ja laitteensa, joista osa seisoi suurimman osan "
     "ajasta käyttämättä.",
     "Kaluston uusiminen oli kallista, ja hankintoja tehtiin tarkastelematta koko organisaation "
     "tarvetta.",
     "Autot ja kalliit laitteet siirrettiin yhteiseen varausjärjestelmään, josta ne voi varata "
     "puhelimella.",
     "Autojen määrää voitiin vähentää, ja jäljelle jääneiden käyttöaste nousi selvästi."},
    // Preparing decisions.
    {"päätösvalmistelu", "päätösvalmistelun", "päätösvalmistelua", "päätösvalmisteluun",
     "päätösvalmistelusta", false, kProcess | kPaperwork, kAdmin | kWhole, 0, 2016, "tuottavuus",
     "digitalisaatio", false, "päätösvalmistelu", "asiakirjat",
     "Valmistelijat käyttivät paljon aikaa rutiininomaisten päätösten kirjoittamiseen, ja "
     "tekstiä kopioitiin vanhoista päätöksistä.",
     "Kopioinnin vuoksi päätöksiin jäi virheitä, joita jouduttiin korjaamaan "
     "oikaisuvaatimusten jälkeen.",
     "Yleisimmille päätöksille laadittiin yhteiset pohjat ja ohjeet, ja valmistelijat "
     "kommentoivat toistensa luonnoksia.",
     "Oikaisuvaatimusten määrä väheni, ja valmistelijat arvioivat säästävänsä rutiinipäätöksissä "
     "noin neljänneksen ajasta."},
    // Electronic archiving.
    {"sähköinen arkistointi", "sähköisen arkistoinnin", "sähköistä arkistointia",
     "sähköiseen arkistointiin", "sähköisestä arkistoinnista", false, kProcess | kPaperwork, kAdmin,
     0, 2016, "digitalisaatio", "ympäristö", false, "arkistointi", "asiakirjahallinta",
     "Paperiarkistot veivät tilaa, ja asiakirjojen etsimiseen kului aikaa.",
     "Sama asiakirja oli usein tallennettu useaan paikkaan, eikä kukaan tiennyt, mikä versio oli "
     "oikea.",
     "Asiakirjat tallennetaan yhteen sähköiseen järjestelmään, joka hoitaa säilytysajat ja "
     "arkistoinnin automaattisesti.",
     "Arkistotiloista vapautui kaksi huonetta muuhun käyttöön, ja tietopyyntöihin vastataan "
     "nopeammin."},
    // Daily management at the team board.
    {"päivittäisjohtaminen", "päivittäisjohtamisen", "päivittäisjohtamista",
     "päivittäisjohtamiseen", "päivittäisjohtamisesta", false, kProcess, kAllAreas, 0, 2016,
     "johtaminen", "tuottavuus", false, "päivittäisjohtaminen", "tiimitaulu",
     "Tieto päivän tilanteesta kulki sattumanvaraisesti, ja ongelmat havaittiin usein vasta, kun "
     "ne olivat jo kasvaneet.",
     "{bosses} viettivät suurimman osan päivästään kokouksissa kaukana työn arjesta.",
     "Jokainen työpäivä alkaa vartin palaverilla tiimitaulun äärellä, jossa käydään läpi päivän "
     "tilanne, poikkeamat ja kehitysideat.",
     "Ongelmiin tartutaan nyt samana päivänä, ja tiimitaululle kirjatuista kehitysideoista on "
     "toteutettu yli sata."},
    // Self-organising teams.
    {"tiimien itseohjautuvuus", "tiimien itseohjautuvuuden", "tiimien itseohjautuvuutta",
     "tiimien itseohjautuvuuteen", "tiimien itseohjautuvuudesta", false, kPeople, kAllAreas, 0,
     2016, "johtaminen", "työhyvinvointi", false, "itseohjautuvuus", "tiimityö",
     "{bosses} olivat pullonkaula: pienetkin päätökset odottivat heidän hyväksyntäänsä, ja "
     "heidän kalenterinsa olivat täynnä.",
     "{w} tunsivat työnsä parhaiten, mutta heillä oli vähän mahdollisuuksia vaikuttaa sen "
     "järjestämiseen.",
     "Tiimit päättävät itse työnjaostaan, lomistaan ja pienhankinnoistaan, ja {boss} keskittyy "
     "tiimin tukemiseen ja kehittämiseen.",
     "Päätökset syntyvät nopeammin, ja tiimien jäsenet kertovat työnsä tuntuvan "
     "merkityksellisemmältä."},
    // Leading change.
    {"muutoksen johtaminen", "muutoksen johtamisen", "muutoksen johtamista",
     "muutoksen johtamiseen", "muutoksen johtamisesta", false, kPeople, kAllAreas, 0, 2016,
     "johtaminen", "viestintä", false, "muutosjohtaminen", "muutos",
     "Edessä oli suuri organisaatiomuutos, ja henkilöstön huoli omasta työstä näkyi huhuina ja "
     "väsymyksenä.",
     "Aiemmista muutoksista oli jäänyt kokemus, että päätökset tulivat ylhäältä ilman "
     "perusteluja.",
     "{bosses} saivat muutosvalmennuksen, ja jokainen työyhteisö kävi läpi muutoksen vaikutukset "
     "omaan työhönsä yhteisessä työpajassa.",
     "Muutoksen aikana sairauspoissaolot eivät kasvaneet, ja henkilöstökyselyn mukaan muutoksen "
     "perustelut ymmärrettiin hyvin."},
};

}  // namespace

std::span<const Subject> work_subjects() {
  return kWorkSubjects;
}

}  // namespace tori::demo

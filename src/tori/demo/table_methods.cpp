// SPDX-License-Identifier: AGPL-3.0-or-later
// The ways practices were carried out: a title adverbial, a verb phrase for the summary, two
// solution sentences and one implementation sentence each.
#include "tori/demo/tables.hpp"

namespace tori::demo {
namespace {

// One row per method: title, verb phrase, solution sentences, implementation sentence, theme,
// keyword, natures it suits, a word of subjects it must not meet, first year.
constexpr Method kMethods[] = {
    // On the phone.
    {"mobiilisti", "toi ohjeet ja työkalut työntekijöiden puhelimiin",
     "Kaikki tarvittava on koottu mobiilisovellukseen, jota voi käyttää omalla puhelimella myös "
     "kesken työpäivän.",
     "Sovellus muistuttaa tärkeistä asioista oikeaan aikaan, eikä kenenkään tarvitse etsiä "
     "ohjeita kansioista.",
     "Sovelluksen sisällöt tuotettiin yhdessä {w_gen} kanssa, ja ne testattiin kahdessa yksikössä "
     "ennen laajempaa käyttöönottoa.",
     "digitalisaatio", "mobiilisovellus",
     kProcess | kLearning | kService | kPaperwork | kScheduling, nullptr, 2016},
    // Together with the staff.
    {"yhdessä henkilöstön kanssa", "suunnitteli muutokset yhdessä henkilöstön kanssa",
     "Ratkaisut ideoitiin ja valittiin yhdessä niiden kanssa, jotka tekevät työtä joka päivä.",
     "Jokainen työntekijä pääsi kommentoimaan luonnoksia ennen kuin mitään päätettiin.",
     "Kehittämisryhmään valittiin vapaaehtoisia jokaisesta tiimistä, ja ryhmä kokoontui kahden "
     "viikon välein puolen vuoden ajan.",
     "yhteistoiminta", "yhteiskehittäminen", kAllNatures, "henkilöstön", 2016},
    // Through an experiment.
    {"kokeilun kautta", "testasi uutta toimintatapaa ensin rajatussa kokeilussa",
     "Uutta tapaa kokeiltiin ensin yhdessä yksikössä kolmen kuukauden ajan ennen kuin siitä "
     "päätettiin.",
     "Kokeilulle asetettiin etukäteen mittarit, joiden perusteella päätettiin, jatketaanko, "
     "muutetaanko vai lopetetaanko.",
     "Kokeiluyksikön työntekijät pitivät kokeilun ajan lyhyttä päiväkirjaa, josta koottiin "
     "kokemukset päätöksenteon tueksi.",
     "innovointi", "kokeilu", kAllNatures, "kokeilu", 2016},
    // In peer groups.
    {"vertaisryhmissä", "kokosi työntekijät pieniin vertaisryhmiin",
     "Työ tehdään 5–8 hengen vertaisryhmissä, joissa jaetaan kokemuksia ja ratkaistaan yhdessä "
     "arjen pulmia.",
     "Vertaisryhmillä on koulutettu ohjaaja, mutta keskustelun aiheet päättää ryhmä itse.",
     "Ryhmät muodostettiin yli yksikkörajojen, jotta osallistujat kuulisivat toisenlaisista "
     "käytännöistä.",
     "osaaminen", "vertaistuki", kPeople | kLearning, "vertais", 2016},
    // In workshops.
    {"työpajoissa", "kehitti ratkaisut henkilöstön työpajoissa",
     "Ratkaisut syntyivät sarjassa työpajoja, joihin osallistui työntekijöitä kaikista "
     "yksiköistä.",
     "Jokaisen työpajan tulokset koottiin näkyville, ja seuraava työpaja jatkoi siitä, mihin "
     "edellinen jäi.",
     "Työpajat fasilitoi ulkopuolinen kouluttaja, ja niitä järjestettiin sekä päivä- että "
     "iltavuoroon sopivina aikoina.",
     "yhteistoiminta", "työpaja", kAllNatures, nullptr, 2016},
    // In small steps.
    {"pienin askelin", "eteni pienin, nopeasti kokeiltavin askelin",
     "Suurta uudistusta ei tehty kerralla, vaan muutokset pilkottiin pieniksi askeliksi, joista "
     "jokainen kokeiltiin erikseen.",
     "Jokaisen askeleen jälkeen tiimi arvioi, mikä toimi ja mitä pitää vielä muuttaa.",
     "Ensimmäinen askel otettiin jo kuukauden kuluttua päätöksestä, mikä osoitti henkilöstölle, "
     "että asia oli tosissaan liikkeellä.",
     nullptr, "jatkuva parantaminen", kAllNatures, nullptr, 2016},
    // With Lean.
    {"Lean-menetelmällä", "karsi turhia työvaiheita Lean-menetelmän avulla",
     "Työprosessi kuvattiin seinälle vaihe vaiheelta, ja jokaisesta vaiheesta kysyttiin, "
     "tuottaako se arvoa asiakkaalle.",
     "Turhat vaiheet, päällekkäiset kirjaukset ja odotusajat karsittiin.",
     "Prosessikuvaukseen osallistuivat kaikki prosessin vaiheissa työskentelevät, ja sen veti "
     "Lean-koulutuksen saanut oma työntekijä.",
     "tuottavuus", "Lean", kProcess | kService, nullptr, 2016},
    // With short videos.
    {"videoiden avulla", "tuotti lyhyitä opetusvideoita omasta työstä",
     "Tärkeimmistä työvaiheista kuvattiin lyhyitä videoita, joissa omat työntekijät näyttävät, "
     "miten asiat tehdään.",
     "Videot ovat muutaman minuutin mittaisia, ja niitä voi katsoa puhelimella silloin, kun asia "
     "on ajankohtainen.",
     "Videot kuvattiin omissa tiloissa omalla henkilöstöllä, ja käsikirjoitukset tarkistettiin "
     "yhdessä työsuojelun kanssa.",
     "osaaminen", "video", kLearning | kProcess, nullptr, 2016},
    // On a shared digital platform.
    {"digitaalisella alustalla", "kokosi tiedon yhteiselle digitaaliselle alustalle",
     "Kaikki tieto ja keskustelu on koottu yhteiselle digitaaliselle alustalle, jonne jokaisella "
     "työntekijällä on pääsy.",
     "Alustalla näkyy reaaliajassa, missä vaiheessa asiat ovat ja kuka niistä vastaa.",
     "Alusta otettiin käyttöön vaiheittain, ja jokaiseen yksikköön koulutettiin pääkäyttäjä, joka "
     "neuvoo kollegoitaan.",
     "digitalisaatio", "digitaalinen alusta", kAllNatures, "sähköi", 2016},
    // With team coaching.
    {"tiimivalmennuksella", "tuki tiimejä ulkopuolisen valmentajan avulla",
     "Jokainen tiimi osallistui neljän kerran valmennukseen, jossa käsiteltiin tiimin omia "
     "tavoitteita ja toimintatapoja.",
     "Valmennuskertojen välissä tiimit kokeilivat sovittuja asioita omassa työssään.",
     "Valmentajana toimi ulkopuolinen työnohjaaja, ja valmennukset pidettiin työaikana.",
     "työhyvinvointi", "tiimivalmennus", kPeople | kLearning, "valmennus", 2016},
    // As a game.
    {"pelillistämällä", "hyödynsi pelillisyyttä",
     "Tavoitteista tehtiin peli, jossa tiimit keräävät pisteitä onnistumisista ja näkevät "
     "edistymisensä yhteiseltä taululta.",
     "Palkinnot ovat pieniä, mutta yhteinen tekeminen ja näkyvä edistyminen motivoivat.",
     "Pelin säännöt suunniteltiin yhdessä työntekijöiden kanssa, ja niitä muokattiin ensimmäisen "
     "kuukauden kokemusten perusteella.",
     "innovointi", "pelillistäminen", kLearning, nullptr, 2016},
    // With service design.
    {"palvelumuotoilun keinoin", "käytti palvelumuotoilun menetelmiä",
     "Kehittäminen aloitettiin haastattelemalla asiakkaita ja seuraamalla palvelua heidän "
     "näkökulmastaan.",
     "Ratkaisuista rakennettiin nopeita prototyyppejä, joita testattiin asiakkailla ennen "
     "käyttöönottoa.",
     "Kehittämistiimiin kuului työntekijöitä, asiakasraadin jäseniä ja palvelumuotoilija.",
     "asiakaslähtöisyys", "palvelumuotoilu", kService | kProcess, nullptr, 2016},
    // Led by data.
    {"tiedolla johtamisen tuella", "toi tiedon päivittäiseksi johtamisen välineeksi",
     "Tärkeimmät tunnusluvut koottiin yhteen näkymään, joka päivittyy automaattisesti joka yö.",
     "{bosses} ja tiimit käyvät luvut läpi yhdessä kerran kuukaudessa ja sopivat niiden "
     "perusteella toimenpiteistä.",
     "Mittarit valittiin yhdessä henkilöstön kanssa, jotta ne kuvaisivat asioita, joihin tiimi "
     "voi itse vaikuttaa.",
     "johtaminen", "tiedolla johtaminen", kProcess | kPeople | kService, "johtami", 2016},
    // With a software robot.
    {"ohjelmistorobotiikan avulla", "otti käyttöön ohjelmistorobotin",
     "Ohjelmistorobotti hoitaa toistuvat, sääntöihin perustuvat työvaiheet, ja poikkeukset "
     "ohjataan ihmisen käsiteltäviksi.",
     "Robotti työskentelee myös öisin, joten aamulla työt ovat valmiina tarkistettaviksi.",
     "Automatisoitavat vaiheet valittiin yhdessä työn tekijöiden kanssa, ja heille kerrottiin "
     "alusta asti, ettei automaatio vie keneltäkään työtä.",
     "digitalisaatio", "ohjelmistorobotiikka", kPaperwork, nullptr, 2017},
    // Over video links.
    {"etäyhteyksin", "siirsi osan tapaamisista etäyhteyksille",
     "Tapaamisista osa järjestetään videoyhteydellä, mikä säästää matka-aikaa ja helpottaa "
     "osallistumista.",
     "Etätapaamisille sovittiin selkeät käytännöt, jotta kaikki pääsevät mukaan keskusteluun.",
     "Jokaiseen yksikköön hankittiin kunnolliset kamerat ja mikrofonit, ja työntekijät saivat "
     "lyhyen opastuksen niiden käyttöön.",
     "etä- ja hybridityö", "etäyhteydet", kPeople | kLearning | kService, "etä", 2016},
    // With in-house coaches.
    {"sisäisten valmentajien tuella", "koulutti omista työntekijöistä sisäisiä valmentajia",
     "Omista työntekijöistä koulutettiin valmentajia, jotka tukevat kollegoitaan arjen "
     "tilanteissa.",
     "Valmentajat ovat tavoitettavissa työvuoroissa, ja heiltä voi kysyä neuvoa matalalla "
     "kynnyksellä.",
     "Valmentajat saivat kolmen päivän koulutuksen, ja he tapaavat toisiaan kuukausittain "
     "jakamassa kokemuksia.",
     "osaaminen", "sisäiset valmentajat", kPeople | kLearning, "valmennus", 2016},
    // Together with clients.
    {"yhdessä asiakkaiden kanssa", "otti asiakkaat mukaan kehittämiseen",
     "Asiakkaat ja heidän läheisensä osallistuivat kehittämiseen asiakasraadissa, joka "
     "kokoontui kuukausittain.",
     "Asiakkaiden kokemukset kuultiin ennen kuin yhtään ratkaisua lyötiin lukkoon.",
     "Asiakasraatiin haettiin jäseniä ilmoituksella ja henkilökohtaisilla kutsuilla, ja "
     "kokouksista maksettiin pieni palkkio.",
     "asiakaslähtöisyys", "asiakasraati", kService, nullptr, 2016},
    // In short agile cycles.
    {"ketterin kokeiluin", "eteni kahden viikon kokeilujaksoissa",
     "Kehittäminen eteni kahden viikon jaksoissa, joiden lopussa tiimi arvioi tulokset ja päätti "
     "seuraavasta askeleesta.",
     "Jokaisella jaksolla oli yksi selkeä tavoite ja vastuuhenkilö.",
     "Jaksojen aloitus- ja päätöspalaverit pidettiin tiimitaulun äärellä, ja ne kestivät enintään "
     "puoli tuntia.",
     "innovointi", "ketterä kehittäminen", kProcess | kService | kLearning, "kokeilu", 2016},
    // With work supervision.
    {"työnohjauksen tuella", "tarjosi tiimeille säännöllistä työnohjausta",
     "Tiimit saavat ryhmätyönohjausta kerran kuukaudessa, ja siinä käsitellään myös muutoksen "
     "herättämiä ajatuksia.",
     "Työnohjaus on työaikaa, ja sen järjestämisestä huolehtii {boss}.",
     "Työnohjaajat kilpailutettiin, ja jokainen tiimi sai valita ohjaajansa kahdesta "
     "vaihtoehdosta.",
     "työhyvinvointi", "työnohjaus", kPeople, nullptr, 2016},
    // Funded by an internal experiment fund.
    {"kokeilurahaston tuella", "rahoitti kokeiluja sisäisestä kokeilurahastosta",
     "Tiimit voivat hakea kokeiluun enintään 3 000 euroa sisäisestä kokeilurahastosta yhden "
     "sivun hakemuksella.",
     "Rahaa saa käyttää tarvikkeisiin, sijaisiin ja pieniin ohjelmistohankintoihin.",
     "Hakemukset käsittelee kolmen hengen ryhmä kahdessa viikossa, ja rahastoa esiteltiin "
     "kaikissa yksiköissä.",
     "innovointi", "kokeilurahasto", kProcess | kService | kLearning, "kokeilu", 2016},
    // With a shared electronic calendar.
    {"sähköisen kalenterin avulla", "kokosi työn suunnittelun yhteiseen sähköiseen kalenteriin",
     "Kaikki suunniteltu työ näkyy yhteisessä sähköisessä kalenterissa, jota koko tiimi voi "
     "muokata.",
     "Päällekkäisyydet ja tyhjät kohdat näkyvät kalenterista yhdellä silmäyksellä.",
     "Kalenterin käyttöön siirryttiin kuukauden siirtymäajalla, jonka aikana paperiset listat "
     "olivat vielä rinnalla.",
     "digitalisaatio", "sähköinen kalenteri", kScheduling, "sähköi", 2016},
    // In a network of organisations.
    {"verkostoyhteistyönä", "teki kehittämistyön yhdessä muiden kuntaorganisaatioiden kanssa",
     "Kehittämistyö tehtiin verkostossa yhdessä muutaman muun kuntaorganisaation kanssa, jolloin "
     "ratkaisuja ei tarvinnut keksiä yksin.",
     "Verkoston tapaamisissa jaettiin materiaaleja, kokemuksia ja myös epäonnistumisia.",
     "Verkosto kokoontui neljä kertaa vuodessa vuorotellen kunkin osallistujan luona ja välillä "
     "etänä.",
     "yhteistoiminta", "verkostoyhteistyö", kAllNatures, nullptr, 2016},
    // With shared measures.
    {"yhteisten mittareiden avulla", "sopi yhteiset mittarit ja seurasi niitä kuukausittain",
     "Onnistumista seurataan kolmella yhteisesti sovitulla mittarilla, jotka päivitetään "
     "kuukausittain kaikkien nähtäville.",
     "Mittareiden kehitys käydään läpi tiimipalaverissa, ja poikkeamiin tartutaan heti.",
     "Mittareiden lähtötaso kirjattiin ennen muutosta, jotta vaikutuksia voitiin arvioida "
     "luotettavasti.",
     "tuottavuus", "mittarit", kProcess | kService | kPeople, "seuranta", 2016},
    // With daily huddles.
    {"päivittäispalaverien avulla", "otti käyttöön lyhyet päivittäiset palaverit",
     "Jokainen päivä alkaa vartin palaverilla, jossa käydään läpi päivän tilanne ja sovitaan, "
     "kuka tekee mitäkin.",
     "Palaverissa esiin tulleet ongelmat kirjataan taululle, ja niille nimetään ratkaisija.",
     "Palaverikäytäntö aloitettiin kahdessa tiimissä, ja muut ottivat sen käyttöön nähtyään "
     "tulokset.",
     "johtaminen", "päivittäispalaveri", kProcess, "päivittäis", 2016},
    // With an AI assistant, from 2023.
    {"tekoälyavustajan tuella", "kokeili tekoälyavustajaa",
     "Tekoälyavustaja laatii luonnoksia ja yhteenvetoja, jotka työntekijä aina tarkistaa ja "
     "viimeistelee itse.",
     "Avustajaan ei syötetä salassa pidettäviä tietoja, ja sen käytölle on kirjalliset ohjeet.",
     "Avustajan käyttöönottoon liittyi koulutus, ja kokeilijat jakoivat toimivia kehotteita "
     "yhteisessä keskusteluryhmässä.",
     "digitalisaatio", "tekoäly", kPaperwork | kService, "tekoäly", 2023},
    // As micro-trainings.
    {"mikrokoulutuksina", "pilkkoi koulutuksen lyhyiksi mikrokoulutuksiksi",
     "Koulutus pilkottiin 5–15 minuutin mikrokoulutuksiksi, jotka voi suorittaa omaan tahtiin.",
     "Jokainen mikrokoulutus päättyy muutamaan kysymykseen, joilla oppimisen voi tarkistaa itse.",
     "Mikrokoulutukset tuotettiin oman henkilöstön voimin, ja suoritukset kirjautuvat "
     "osaamisrekisteriin.",
     "osaaminen", "mikrokoulutus", kLearning, "valmennus", 2016},
    // With European Social Fund support.
    {"ESR-rahoituksella", "sai kehittämistyölle Euroopan sosiaalirahaston tukea",
     "Kehittämistyö toteutettiin kaksivuotisena hankkeena, jonka tavoitteena oli alusta asti "
     "jättää pysyvä toimintatapa.",
     "Hankkeen aikana kehitetyt materiaalit ja mallit jäivät osaksi arkea rahoituksen "
     "päätyttyä.",
     "Hankkeeseen palkattiin projektikoordinaattori, ja ohjausryhmässä oli mukana myös henkilöstön "
     "edustajia.",
     nullptr, "hanke", kAllNatures, nullptr, 2016},
};

}  // namespace

std::span<const Method> methods() {
  return kMethods;
}

}  // namespace tori::demo

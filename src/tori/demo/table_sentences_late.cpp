// SPDX-License-Identifier: AGPL-3.0-or-later
// Sentence pools for the last four sections: resources, results, transfer and lessons. Each fits
// any subject and work unit (placeholders in tables.hpp); no sentence is in two pools.
#include "tori/demo/tables.hpp"

namespace tori::demo {
namespace {

// Resources: time, money and people it took. {euros} is drawn anew for every sentence.
constexpr const char* kResources[] = {
    "Kehittämiseen käytettiin työaikaa noin {n_hours} tuntia, pääosin työryhmän kokouksiin ja "
    "työpajoihin.",
    "Suorat kustannukset jäivät alle {euros} euron, ja ne katettiin yksikön omasta budjetista.",
    "Ulkopuolisen kouluttajan palkkiot olivat noin {euros} euroa.",
    "Hankkeeseen saatiin ulkopuolista rahoitusta, mutta pysyvä toiminta rahoitetaan omasta "
    "budjetista.",
    "Koordinointiin kuluu noin kymmenesosa yhden asiantuntijan työajasta.",
    "Suurin resurssi oli henkilöstön aika: jokainen työntekijä osallistui kahteen puolen päivän "
    "työpajaan.",
    "Ulkopuolisen asiantuntijan sparraukseen käytettiin noin {euros} euroa.",
    "Toiminta ei vaatinut lisähenkilöstöä, vaan se toteutettiin työtä uudelleen järjestämällä.",
    "Sijaiskuluja syntyi koulutuspäivien ajalta noin {euros} euroa.",
    "Työryhmän jäsenet käyttivät kehittämiseen noin neljä tuntia kuukaudessa.",
    "Projektikoordinaattorin palkkakulut katettiin ensimmäisenä vuonna hankerahoituksella.",
    "Materiaalien tuottamiseen käytettiin noin kaksi henkilötyöviikkoa.",
    "Laitehankintoihin kului noin {euros} euroa.",
    "Pysyvät kustannukset ovat vähäiset, koska toiminta on osa normaalia työtä.",
    "Ylläpitoon kuluu viikoittain muutama tunti pääkäyttäjän työaikaa.",
    "Työterveyshuollon palvelut sisältyivät olemassa olevaan sopimukseen.",
    "Johtoryhmä varasi kehittämiselle oman määrärahan, josta käytettiin noin kaksi kolmasosaa.",
    "Kustannukset maksoivat itsensä takaisin ensimmäisen vuoden aikana vähentyneinä "
    "ostopalveluina.",
    "Tukihenkilöt tekevät tehtäväänsä työajalla, ja siihen on varattu tunti viikossa.",
    "Tilat ja välineet olivat jo valmiina, joten uusia hankintoja ei tarvittu.",
};

// Results with a number in them; the numbers are drawn anew for every sentence.
constexpr const char* kResultsMeasured[] = {
    "Seurantakyselyssä {pct_b} prosenttia vastaajista arvioi uuden tavan paremmaksi kuin vanhan.",
    "Ensimmäisen vuoden aikana toimintaan osallistui {n_people} työntekijää, mikä ylitti selvästi "
    "etukäteen asetetun tavoitteen.",
    "Seurantajakson mittausten mukaan asiaan käytetty työaika väheni noin neljänneksellä, ja "
    "säästynyt aika on käytetty perustyöhön.",
    "{w} arvioivat uuden toimintatavan asteikolla 1–5, ja keskiarvo nousi {grade_from} "
    "{grade_to}.",
    "Palautekyselyyn vastanneista {pct_c} prosenttia suosittelisi mallia myös muille yksiköille, "
    "ja "
    "vain harva halusi palata vanhaan.",
    "Palautteen keskiarvo on noussut jokaisessa mittauksessa, ja kielteisen palautteen määrä on "
    "vähentynyt selvästi.",
    "Seurantamittauksissa muutos näkyi jo ensimmäisen puolen vuoden aikana, ja suunta on pysynyt "
    "samana.",
    "Seurantakyselyn vastausprosentti oli {pct_c}, mikä on selvästi enemmän kuin aiemmissa "
    "kyselyissä ja kertoo kiinnostuksesta.",
    "Osallistujista {pct_d} prosenttia koki saaneensa toiminnasta hyötyä omaan työhönsä, ja moni "
    "kertoi ottaneensa opit käyttöön heti.",
};

// Results with a number in them for subjects about people: surveys, absences, overtime.
constexpr const char* kResultsMeasuredPeople[] = {
    "Asiaan tyytyväisten osuus nousi henkilöstökyselyssä kahdessa vuodessa {pct_a} prosentista "
    "{pct_b} prosenttiin.",
    "Sairauspoissaolot vähenivät ensimmäisenä vuonna noin {pct_drop} prosenttia, vaikka muualla "
    "organisaatiossa ne samaan aikaan kasvoivat.",
    "Ylitöiden ja lisävuorojen määrä väheni seurantajaksolla noin viidenneksellä edellisen vuoden "
    "vastaavaan aikaan verrattuna.",
};

// Results in words.
constexpr const char* kResultsQualitative[] = {
    "{w} kertovat, että arki on nyt sujuvampaa ja ennakoitavampaa eikä kaikkea tarvitse sopia "
    "erikseen.",
    "Työyhteisön ilmapiiri on parantunut, ja asioista puhutaan avoimemmin kuin ennen.",
    "{bosses} kokevat, että heillä on nyt parempi kuva tiiminsä tilanteesta.",
    "Uudet työntekijät pääsevät kiinni työhön aiempaa nopeammin, ja heidän kysymyksiinsä osataan "
    "vastata yhtenäisesti.",
    "Asiakkaat ovat huomanneet muutoksen, ja palautteessa kiitetään erityisesti selkeyttä ja "
    "nopeutta.",
    "Myönteisintä on ollut, että työntekijät kokevat voivansa vaikuttaa omaan työhönsä.",
    "Toimintatapa on herättänyt kiinnostusta myös muissa kuntaorganisaatioissa, ja meiltä on "
    "pyydetty materiaaleja ja kokemuksia.",
    "Yhteistyö eri ammattiryhmien välillä on tiivistynyt, kun kaikilla on sama kuva siitä, mitä "
    "tehdään ja miksi.",
    "Työntekijät kokevat tulevansa kuulluiksi, ja kehittämisideoita tulee aiempaa enemmän.",
    "Kiireen tuntu ei ole kadonnut, mutta työ on aiempaa hallitumpaa.",
    "Tieto kulkee nyt nopeammin, ja väärinkäsityksiä syntyy vähemmän, kun kaikki tarvittava "
    "löytyy yhdestä paikasta.",
    "Muutos on näkynyt myös rekrytoinnissa: hakijat kertovat kuulleensa toimintatavasta.",
    "Kokeneet työntekijät ovat jakaneet osaamistaan aiempaa enemmän, ja hiljaista tietoa on saatu "
    "kirjattua yhteiseen käyttöön.",
    "Toiminta on osoittanut, että pienillä muutoksilla voi olla suuri vaikutus arkeen.",
    "Johtoryhmä saa nyt aiempaa parempaa tietoa päätöstensä tueksi, ja päätösten vaikutuksia "
    "voidaan seurata lähes reaaliajassa.",
    "{c} ovat antaneet muutoksesta myönteistä palautetta, ja moni on kertonut huomanneensa eron "
    "jo ensimmäisillä viikoilla.",
    "Työntekijöiden sitoutuminen on kasvanut, mikä näkyy myös vähentyneenä vaihtuvuutena.",
    "Kehittämisen myötä on syntynyt uusia ideoita, joista osa on jo kokeilussa.",
};

// Results of an established practice: how it spread and stayed.
constexpr const char* kResultsSpread[] = {
    "Toimintatapa on laajennettu kaikkiin {org_gen} yksiköihin, ja jokaisessa on nimetty "
    "vastuuhenkilö sen ylläpitoon.",
    "Malli on vakiintunut pysyväksi käytännöksi, ja se on kirjattu osaksi {org_gen} "
    "toimintaohjeita.",
    "Mallia on esitelty useissa seminaareissa, ja sitä on otettu käyttöön myös muissa "
    "kuntaorganisaatioissa.",
    "Hyvien kokemusten perusteella toimintatapaa laajennetaan seuraavaksi muihin palveluihin.",
    "Käytäntö on ollut käytössä jo useamman vuoden, eikä kukaan halua palata vanhaan.",
    "Toimintatapa on otettu osaksi jokaisen uuden työntekijän perehdytystä.",
    "Mallista on tehty kuvaus, jota muut yksiköt voivat hyödyntää omassa työssään.",
    "Tulokset ovat pysyneet hyvinä myös ensimmäisen innostuksen jälkeen, mikä kertoo, että uusi "
    "tapa on juurtunut arkeen.",
};

// Results of a pilot still running.
constexpr const char* kResultsEarly[] = {
    "Kokeilu on vielä käynnissä, mutta ensimmäiset kokemukset ovat lupaavia.",
    "Tuloksia arvioidaan kokeilun päättyessä, ja silloin päätetään toiminnan jatkamisesta.",
    "Alustavan palautteen perusteella suunta on oikea, mutta käytäntöjä on vielä hiottava.",
    "Mittaustuloksia on toistaiseksi vähän, joten johtopäätösten teko on vielä ennenaikaista.",
    "Kokeiluun osallistuneet ovat kertoneet haluavansa jatkaa uudella tavalla myös kokeilun "
    "päätyttyä.",
    "Seuraavaksi kokeilua laajennetaan kahteen uuteen yksikköön, jotta nähdään, toimiiko malli "
    "myös erilaisissa työyhteisöissä.",
    "Ensimmäisten kuukausien aikana on jo nähty, mitkä asiat vaativat vielä muutoksia.",
    "Kokeilun tulokset raportoidaan johtoryhmälle ja henkilöstölle avoimesti myös niiltä osin, "
    "kuin kaikki ei ole onnistunut.",
};

// Results of an idea not yet tried: what is expected.
constexpr const char* kResultsIdea[] = {
    "Toiminta on vasta suunnitteluvaiheessa, ja ensimmäinen kokeilu on määrä aloittaa "
    "lähiaikoina.",
    "Tavoitteena on, että muutos näkyisi henkilöstökyselyssä jo seuraavana vuonna.",
    "Suunnitelmaa on esitelty henkilöstölle, ja palaute on ollut kannustavaa.",
    "Mittarit on valittu etukäteen, jotta vaikutuksia voidaan arvioida luotettavasti.",
    "Kokeiluun on jo ilmoittautunut enemmän tiimejä kuin siihen voidaan ottaa.",
    "Odotamme, että uusi tapa vapauttaa aikaa perustyöhön ja vähentää kiirettä.",
    "Suunnitelman ensimmäisestä versiosta on pyydetty kommentteja kaikilta yksiköiltä.",
};

// Transfer: how to reuse it elsewhere.
constexpr const char* kTransfer[] = {
    "Malli sopii kaikenkokoisille organisaatioille, ja sen voi aloittaa pienesti yhdestä "
    "yksiköstä.",
    "Tärkeintä on ottaa henkilöstö mukaan alusta asti, jotta ratkaisu vastaa arjen tarpeita.",
    "Pohjat ja ohjeet jaamme mielellämme, ja niitä voi muokata omiin tarpeisiin.",
    "Kannattaa aloittaa yhdestä selkeästä asiasta ja laajentaa vasta, kun kokemuksia on "
    "kertynyt.",
    "Mallin käyttöönotto ei vaadi suuria investointeja, mutta se vaatii johdon sitoutumista.",
    "Sama toimintatapa sopii sekä vuorotyöhön että päivätyöhön pienin muutoksin.",
    "Pienessä organisaatiossa mallin voi toteuttaa kevyemmin, esimerkiksi yhteisenä kokeiluna "
    "naapurikunnan kanssa.",
    "Ennen käyttöönottoa kannattaa kartoittaa lähtötilanne, jotta vaikutuksia voi myöhemmin "
    "arvioida.",
    "Yhteistyö henkilöstön edustajien kanssa kannattaa aloittaa jo valmisteluvaiheessa.",
    "Malli toimii parhaiten, kun sille nimetään selkeä vastuuhenkilö.",
    "Lomakkeet ja ohjeet saa meiltä pyytämällä.",
    "Toimintatapaa voi soveltaa myös muilla toimialoilla, sillä sen periaatteet eivät ole "
    "sidottuja yhteen palveluun.",
    "Olemme esitelleet mallia muille kuntaorganisaatioille, ja kokemuksia jaetaan mielellään.",
    "Sovella mallia rohkeasti: tärkeintä on yhteinen sopiminen, ei yksityiskohdat.",
    "Kokeilun voi toteuttaa myös ilman ulkopuolista rahoitusta.",
    "Mallia ei kannata kopioida sellaisenaan, vaan se kannattaa sovittaa omaan työyhteisöön "
    "yhdessä henkilöstön kanssa.",
    "Malli on helppo skaalata isompaan tai pienempään organisaatioon.",
    "Vastaava ratkaisu sopii erityisesti työyhteisöihin, joissa työ on hajautettu usealle "
    "toimipisteelle.",
};

// Lessons and difficulties.
constexpr const char* kLessons[] = {
    "Alussa tavoitteet olivat liian laajoja, ja opimme rajaamaan kokeilut pienemmiksi.",
    "Muutos vie aikaa: ensimmäiset kuukaudet olivat opettelua, ja vasta puolen vuoden jälkeen "
    "uusi tapa tuntui omalta.",
    "Viestintää ei voi olla liikaa, ja sama asia kannattaa kertoa monessa kanavassa.",
    "Johdon näkyvä tuki oli ratkaisevaa etenkin hankalina hetkinä.",
    "Kaikki eivät innostuneet heti, ja epäilijöiden kuunteleminen paransi lopputulosta.",
    "Mittarit olisi pitänyt sopia jo ennen aloittamista, jotta lähtötaso olisi ollut tiedossa.",
    "Kiireisinä aikoina uusi tapa uhkasi unohtua, joten säännöllinen muistuttaminen oli tarpeen.",
    "Onnistumisista kannattaa kertoa ääneen, koska se innostaa muitakin mukaan.",
    "Teknisiin ongelmiin kului alussa enemmän aikaa kuin odotimme.",
    "Opimme, että pienet ja nopeat kokeilut ovat parempia kuin pitkä suunnittelu.",
    "Henkilöstön edustajien mukanaolo alusta asti rakensi luottamusta.",
    "Osa-aikaiset ja yövuorolaiset jäivät aluksi tiedon ulkopuolelle, ja tiedotusta jouduttiin "
    "täydentämään.",
    "Liian moni asia muuttui kerralla, ja jälkikäteen olisimme edenneet rauhallisemmin.",
    "Vastuuhenkilön nimeäminen oli välttämätöntä, sillä ilman sitä asia jäi helposti kaikkien ja "
    "ei kenenkään vastuulle.",
    "Kokeneiden työntekijöiden hiljainen tieto oli arvokkaampaa kuin osasimme arvata.",
    "Muutosvastarinta väheni, kun työntekijät näkivät ensimmäiset tulokset.",
    "Yksinkertaisuus ratkaisee: lomakkeet ja ohjeet kannattaa pitää mahdollisimman lyhyinä.",
    "Emme varanneet alussa tarpeeksi aikaa koulutukseen, mikä hidasti käyttöönottoa.",
    "Tärkein oppi oli, että ratkaisu syntyy parhaiten niiden kanssa, jotka tekevät työtä "
    "arjessa.",
    "Kaikkea ei tarvitse tehdä kerralla valmiiksi, vaan toimintatapaa voi parantaa matkan "
    "varrella.",
    "Epäonnistuneetkin kokeilut opettivat paljon, kun niistä puhuttiin avoimesti.",
    "Lupausten pitäminen teki muutoksesta uskottavan.",
    "Palautetta kannattaa pyytää heti alussa eikä vasta kokeilun lopuksi.",
    "Yhteinen kieli eri ammattiryhmien välillä vaati enemmän työtä kuin odotimme.",
};

}  // namespace

Pool resource_sentences() {
  return kResources;
}
Pool results_measured() {
  return kResultsMeasured;
}
Pool results_measured_people() {
  return kResultsMeasuredPeople;
}
Pool results_qualitative() {
  return kResultsQualitative;
}
Pool results_spread() {
  return kResultsSpread;
}
Pool results_early() {
  return kResultsEarly;
}
Pool results_idea() {
  return kResultsIdea;
}
Pool transfer_sentences() {
  return kTransfer;
}
Pool lesson_sentences() {
  return kLessons;
}

}  // namespace tori::demo

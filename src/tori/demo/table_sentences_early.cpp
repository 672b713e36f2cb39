// SPDX-License-Identifier: AGPL-3.0-or-later
// Sentence pools for the first three sections: background, solution and implementation. Each
// pool fits any subject and work unit (placeholders in tables.hpp); no sentence is in two pools.
#include "tori/demo/tables.hpp"

namespace tori::demo {
namespace {

// Background openers: where things stood before.
constexpr const char* kBackgroundOpeners[] = {
    "{org_gen} strategiassa työhyvinvointi ja henkilöstön osallisuus nostettiin "
    "kärkitavoitteiksi.",
    "Työ {t_ine} on muuttunut viime vuosina nopeasti, ja samalla vaatimukset ovat kasvaneet.",
    "Eläköityminen ja kiristyvä kilpailu osaajista näkyivät {t_ine} jo arjessa.",
    "Kehittämisen tarve nousi esiin henkilöstön omissa keskusteluissa jo pari vuotta ennen kuin "
    "asiaan tartuttiin.",
    "Asiaa oli yritetty ratkaista aiemminkin, mutta ratkaisut jäivät yksittäisten ihmisten "
    "varaan.",
    "Taustalla oli {org_gen} talouden sopeuttaminen, joka pakotti miettimään työn tekemisen "
    "tapoja uudelleen.",
    "Lähtökohtana oli henkilöstökyselyn tulos, joka oli heikentynyt kahtena peräkkäisenä vuotena.",
    "Asiakasmäärät {t_ine} kasvoivat, mutta henkilöstön määrä pysyi ennallaan.",
    "{w} olivat itse nostaneet asian esiin yhteisessä kehittämispäivässä.",
    "{org_gen} palveluverkko muuttui, ja samalla monen työntekijän työnkuva muuttui.",
    "Ongelma ei ollut uusi, mutta sen vaikutukset olivat kasvaneet vuosi vuodelta.",
    "Muutoksen käynnisti työsuojelun riskikartoitus, jossa asia nousi yhdeksi tärkeimmistä "
    "kehittämiskohteista.",
    "{org} oli mukana valtakunnallisessa kehittämisverkostossa, jossa vastaavia haasteita "
    "pohdittiin yhdessä muiden kanssa.",
    "Arjen sujuvuus {t_ine} riippui liikaa siitä, keitä kulloinkin oli työvuorossa.",
};

// Background evidence for subjects about people: how the problem showed.
constexpr const char* kEvidencePeople[] = {
    "Henkilöstökyselyssä asiaa koskevat kysymykset saivat heikoimmat arviot koko kyselyssä.",
    "Työterveyshuollon raporteissa näkyi, että kuormitus oli kasvanut erityisesti {t_ine}.",
    "Lähtökyselyissä moni mainitsi juuri tämän yhdeksi syyksi vaihtaa työpaikkaa.",
    "Sairauspoissaolot olivat kasvaneet kolmena vuotena peräkkäin.",
    "Vaihtuvuus oli noussut yli viidentoista prosentin, ja rekrytointeihin kului yhä enemmän "
    "aikaa.",
    "Työyhteisön kehittämispäivässä asia nousi äänestyksessä ylivoimaisesti tärkeimmäksi "
    "kehittämiskohteeksi.",
    "Kehityskeskusteluissa sama toive nousi esiin lähes jokaisessa yksikössä.",
    "Työhyvinvointikyselyn avovastauksissa asia mainittiin useammin kuin mikään muu.",
};

// Background evidence for subjects about how work is organised.
constexpr const char* kEvidenceProcess[] = {
    "Kustannuksia laskettaessa huomattiin, että nykyinen tapa maksoi vuodessa kymmeniätuhansia "
    "euroja enemmän kuin olisi tarpeen.",
    "Ajankäytön seurannassa selvisi, että yli neljännes työajasta kului muuhun kuin "
    "perustehtävään.",
    "{bosses} arvioivat käyttävänsä asiaan tuntikausia viikossa ilman, että tilanne parani.",
    "Sisäisessä auditoinnissa asia kirjattiin yhdeksi suurimmista riskeistä.",
    "Yhteistoimintaryhmässä henkilöstön edustajat toivat asian esiin useaan kertaan.",
    "Prosessin kuvaaminen paljasti, että samaa tietoa kirjattiin kolmeen eri paikkaan.",
    "Kiireisimpinä viikkoina töitä jäi rästiin, ja ylitöitä kertyi tasaisesti.",
    "Sama ongelma toistui lähes jokaisen yksikön toimintakertomuksessa.",
};

// Background evidence for subjects about the service to clients.
constexpr const char* kEvidenceService[] = {
    "Asiakaspalautteessa toistui sama viesti: asiat kestävät liian kauan ja niistä tiedetään "
    "liian vähän.",
    "Vaaratapahtumailmoituksissa sama teema toistui kuukaudesta toiseen.",
    "Vertailu muihin kuntaorganisaatioihin osoitti, että muualla asiat oli ratkaistu kevyemmin.",
    "Asiakaskyselyssä palvelun saavutettavuus sai heikoimmat arviot.",
    "Palvelun jonotusajat olivat pidentyneet kahtena vuotena peräkkäin.",
    "Paikallislehden mielipidepalstalla asiaan kiinnitettiin huomiota toistuvasti.",
    "Asiakkaiden yhteydenotoista suuri osa koski samoja kysymyksiä, joihin vastattiin yhä "
    "uudelleen.",
};

// Background motives: why it was tackled and what was wanted.
constexpr const char* kBackgroundMotives[] = {
    "Halusimme löytää tavan, joka toimisi arjessa eikä vain paperilla.",
    "Tavoitteeksi asetettiin, että muutos näkyisi sekä henkilöstön jaksamisessa että "
    "asiakkaille.",
    "Johtoryhmä päätti, että asiaan tartutaan yhdessä henkilöstön kanssa eikä ylhäältä "
    "annettuna.",
    "Tarvittiin ratkaisu, joka ei vaatisi lisää henkilöstöä eikä suuria investointeja.",
    "Päätimme kokeilla jotain uutta sen sijaan, että olisimme jatkaneet vanhan paikkaamista.",
    "Tavoitteena oli, että {w} kokisivat voivansa vaikuttaa omaan työhönsä.",
    "Samalla haluttiin vahvistaa {org_gen} mainetta hyvänä työpaikkana.",
    "Muutokselle asetettiin selkeät tavoitteet ja aikataulu, jotta edistymistä voitiin seurata.",
    "Lähtökohtana oli, että ratkaisun on oltava niin yksinkertainen, että se toimii myös "
    "kiireisimpinä päivinä.",
    "Ideoita haettiin myös muilta kuntaorganisaatioilta, jotka olivat ratkaisseet saman "
    "ongelman.",
    "Haluttiin, että hyvät käytännöt eivät jää yksittäisten tiimien varaan vaan leviävät koko "
    "organisaatioon.",
    "Tavoitteena oli vapauttaa aikaa perustehtävään ja {c_gen} kohtaamiseen.",
    "Keskeinen kysymys oli, miten työtä voisi tehdä viisaammin eikä vain kovemmin.",
    "Johdon tuki saatiin heti alussa, ja kehittämiselle varattiin aikaa työajasta.",
};

// Solution details: how the new way works.
constexpr const char* kSolutionDetails[] = {
    "Uudessa toimintatavassa on kolme vaihetta: yhteinen suunnittelu, kokeilu ja arviointi.",
    "Toimintamallista tehtiin tiivis ohje, joka mahtuu yhdelle sivulle.",
    "Kaikki sovitut käytännöt koottiin intranetiin, josta ne löytyvät helposti myös uusille "
    "työntekijöille.",
    "Mallia voi soveltaa joustavasti: jokainen tiimi päättää itse, miten se toteuttaa yhteiset "
    "periaatteet omassa työssään.",
    "Keskeistä on, että asiat käsitellään säännöllisesti eikä vain ongelmien ilmetessä.",
    "Toimintamalli on kirjattu osaksi {org_gen} henkilöstöohjelmaa.",
    "Ratkaisu ei vaadi uusia järjestelmiä, vaan se hyödyntää jo käytössä olevia välineitä.",
    "Mallin tueksi laadittiin lomakepohjat ja keskustelurunko, joita voi muokata tarpeen mukaan.",
    "Uuden tavan ytimessä on luottamus: työntekijät saavat päättää enemmän, ja vastuu on "
    "yhteinen.",
    "Vastuut kirjattiin selkeästi, jotta kukaan ei jää arvailemaan, kenelle asia kuuluu.",
    "Samalla luovuttiin kahdesta vanhasta käytännöstä, jotka olivat jääneet tarpeettomiksi.",
    "Toimintatapaa arvioidaan kerran vuodessa yhteisessä kehittämispäivässä.",
    "Mallissa huomioidaan myös osa-aikaiset ja vuorotyötä tekevät, jotka jäivät aiemmin usein "
    "tiedon ulkopuolelle.",
    "Jokainen muutos perustellaan, ja perustelut ovat kaikkien luettavissa.",
    "Käytäntö on sama kaikissa yksiköissä, mikä helpottaa siirtymistä yksiköstä toiseen.",
    "Tärkeä osa mallia on palaute: jokaisen jakson jälkeen kysytään, mikä toimi ja mikä ei.",
    "Malli rakennettiin niin, että se toimii myös silloin, kun {boss} on lomalla tai poissa.",
    "Uusi tapa otettiin käyttöön ilman lisämäärärahaa järjestelemällä työtä uudelleen.",
};

// Solution roles: who is responsible for what.
constexpr const char* kSolutionRoles[] = {
    "Jokaisessa yksikössä on nimetty yhdyshenkilö, joka pitää asiaa esillä ja kokoaa palautteen.",
    "{boss} vastaa siitä, että sovitut asiat toteutuvat, mutta käytännön työ jaetaan koko tiimin "
    "kesken.",
    "Koordinoinnista vastaa henkilöstöpalvelujen asiantuntija, joka tukee yksiköitä "
    "tarvittaessa.",
    "Työsuojeluvaltuutettu ja luottamusmies osallistuvat toiminnan seurantaan ja tuovat esiin "
    "henkilöstön kokemuksia.",
    "Jokaiselle tiimille nimettiin vastuupari, joka huolehtii käytännön järjestelyistä.",
    "Johtoryhmä seuraa etenemistä neljännesvuosittain ja tekee tarvittavat päätökset nopeasti.",
    "Vastuu toiminnan kehittämisestä on työryhmällä, jossa on edustus kaikista ammattiryhmistä.",
    "Uusille työntekijöille toimintatapa esitellään jo perehdytyksen ensimmäisellä viikolla.",
    "Kokeneet työntekijät toimivat tukihenkilöinä niille, joille uusi tapa on vieras.",
    "Yhteistyötä tehdään tiiviisti työterveyshuollon kanssa, ja työterveyshoitaja osallistuu "
    "tarvittaessa tiimien palavereihin.",
    "Henkilöstön edustajat ovat mukana kaikissa toimintaa koskevissa päätöksissä.",
    "{w} voivat itse ehdottaa muutoksia toimintamalliin yhteisen lomakkeen kautta.",
};

// Implementation: planning and who took part.
constexpr const char* kImplementationPlanning[] = {
    "Valmistelu aloitettiin {start_when}, ja työryhmässä oli mukana {bosses_par}, työntekijöitä "
    "ja henkilöstön edustajia.",
    "Työ käynnistyi {start_when} kartoituksella, jossa jokainen tiimi kuvasi nykyisen tilanteen "
    "ja sen ongelmat.",
    "{start_when} koolle kutsuttiin kehittämisryhmä, johon haettiin vapaaehtoisia kaikista "
    "yksiköistä.",
    "Suunnittelu tehtiin yhteistoiminnassa, ja asia käsiteltiin yhteistoimintaryhmässä ennen "
    "päätöksiä.",
    "Ennen käyttöönottoa kävimme tutustumassa kahteen organisaatioon, joissa vastaava malli oli "
    "jo käytössä.",
    "Valmisteluun varattiin kolme kuukautta, jonka aikana mallia muokattiin palautteen "
    "perusteella useaan kertaan.",
    "Kehittämistyö aloitettiin {start_when} kysymällä henkilöstöltä, mikä nykyisessä tavassa "
    "toimii ja mikä ei.",
    "Ensimmäisessä vaiheessa nykyiset käytännöt kartoitettiin haastattelemalla {w_par} ja "
    "{bosses_par}.",
    "Työryhmä kokoontui puolen vuoden ajan kahden viikon välein.",
    "Käynnistysvaiheessa sovittiin, mitä mitataan ja miten tuloksista kerrotaan henkilöstölle.",
};

// Implementation: piloting and rolling out.
constexpr const char* kImplementationPilots[] = {
    "Mallia kokeiltiin ensin kahdessa yksikössä, ja kokemusten perusteella sitä muokattiin ennen "
    "laajentamista.",
    "Pilottivaihe kesti puoli vuotta, minkä jälkeen toimintatapa laajennettiin kaikkiin "
    "yksiköihin.",
    "Ensimmäinen kokeilu ei onnistunut, mutta sen opit otettiin huomioon toisella kierroksella.",
    "Käyttöönotto tehtiin vaiheittain yksikkö kerrallaan, jotta tukea riitti kaikille.",
    "Pilottiyksiköt valittiin niin, että mukana oli sekä pieniä että suuria työyhteisöjä.",
    "Kokeilun ajan pilottiyksiköiden kanssa pidettiin viikoittain lyhyt seurantapalaveri.",
    "Laajennus muihin yksiköihin tehtiin vasta, kun pilotin tulokset oli käyty yhdessä läpi.",
    "Alkuvaiheessa vanha ja uusi tapa olivat rinnakkain käytössä kuukauden ajan.",
    "Ensimmäiset kolme kuukautta olivat opettelua, ja käytäntöjä hiottiin matkan varrella.",
    "Kokeiluun lähti vapaaehtoisia tiimejä, ja muut saivat seurata kokemuksia sivusta.",
};

// Implementation: training and telling people about it.
constexpr const char* kImplementationTraining[] = {
    "{bosses_all} järjestettiin lyhyt valmennus, jossa käytiin läpi uusi toimintatapa ja sen "
    "perusteet.",
    "Kaikille työntekijöille pidettiin infotilaisuudet, jotka tallennettiin myöhemmin "
    "katsottaviksi.",
    "Muutoksesta kerrottiin henkilöstötiedotteessa, intranetissä ja jokaisen yksikön "
    "tiimipalaverissa.",
    "Käytännön opastus annettiin työvuorojen aikana, jotta kenenkään ei tarvinnut irrottautua "
    "työstä pitkäksi aikaa.",
    "Jokaiseen yksikköön koulutettiin kaksi tukihenkilöä, jotka neuvovat kollegoitaan arjessa ja "
    "keräävät kysymyksiä ja kehittämisehdotuksia.",
    "Perehdytysmateriaali koottiin yhteen paikkaan, ja siitä tehtiin myös lyhyt video.",
    "Kysymyksiin vastattiin avoimessa keskustelukanavassa, jonka vastaukset ovat kaikkien "
    "luettavissa.",
    "Henkilöstön edustajat osallistuivat tiedotustilaisuuksiin ja vastasivat kysymyksiin yhdessä "
    "johdon kanssa.",
    "Koulutukset järjestettiin pieninä ryhminä eri vuoroihin sopivina aikoina, jotta kysymyksille "
    "ja keskustelulle jäi aikaa.",
    "Luottamusmiehet ja työsuojeluvaltuutetut perehdytettiin malliin ennen muuta henkilöstöä, "
    "jotta he pystyivät vastaamaan työtovereidensa kysymyksiin.",
};

// Implementation: following up.
constexpr const char* kImplementationFollowUp[] = {
    "Toimintaa seurataan kuukausittain, ja tulokset käsitellään sekä johtoryhmässä että "
    "yksiköiden omissa palavereissa.",
    "Puolen vuoden kuluttua järjestettiin arviointipäivä, jossa sovittiin tarvittavista "
    "muutoksista.",
    "Palautetta kerätään lyhyellä kyselyllä kolmen kuukauden välein, ja vastausten perusteella "
    "käytäntöjä on jo muutettu useaan otteeseen.",
    "Kokemuksista kerrotaan henkilöstölle säännöllisesti, ja onnistumiset nostetaan näkyviin.",
    "Seurannassa käytetään samoja mittareita, joilla lähtötilanne kartoitettiin, jotta muutosta "
    "voidaan verrata luotettavasti.",
    "Yhteistoimintaryhmä saa tilannekatsauksen kahdesti vuodessa, ja henkilöstön edustajat voivat "
    "nostaa esiin havaitsemiaan ongelmia.",
    "Toimintamallia päivitetään vuosittain saadun palautteen perusteella, ja muutoksista kerrotaan "
    "kaikille samaan aikaan.",
    "Tiimit kertovat kokemuksistaan toisilleen yhteisissä kehittämisaamupäivissä, joissa myös "
    "epäonnistumisista saa puhua.",
    "Käyttöönoton jälkeen seurantaa jatkettiin vielä vuoden ajan, jotta uusi tapa vakiintuisi.",
    "Jokainen yksikkö raportoi etenemisestään kerran neljännesvuodessa lomakkeella, jonka "
    "täyttäminen vie vain muutaman minuutin.",
};

}  // namespace

Pool background_openers() {
  return kBackgroundOpeners;
}
Pool background_evidence_people() {
  return kEvidencePeople;
}
Pool background_evidence_process() {
  return kEvidenceProcess;
}
Pool background_evidence_service() {
  return kEvidenceService;
}
Pool background_motives() {
  return kBackgroundMotives;
}
Pool solution_details() {
  return kSolutionDetails;
}
Pool solution_roles() {
  return kSolutionRoles;
}
Pool implementation_planning() {
  return kImplementationPlanning;
}
Pool implementation_pilots() {
  return kImplementationPilots;
}
Pool implementation_training() {
  return kImplementationTraining;
}
Pool implementation_follow_up() {
  return kImplementationFollowUp;
}

}  // namespace tori::demo

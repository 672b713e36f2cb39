// SPDX-License-Identifier: AGPL-3.0-or-later
// The work units practices are about: their names in four cases, workers and clients, area,
// vocabulary labels, contact titles and one background sentence each.
#include "tori/demo/table_plurals.hpp"
#include "tori/demo/tables.hpp"

namespace tori::demo {
namespace {

constexpr const char* kSoteSector = "sosiaali- ja terveysala";
constexpr const char* kSchoolSector = "opetus ja kasvatus";
constexpr const char* kTech = "tekninen toimi";
constexpr const char* kFoodSector = "ruoka- ja siivouspalvelut";
constexpr const char* kLeisure = "kulttuuri ja vapaa-aika";
constexpr const char* kAdminSector = "hallinto";
constexpr const char* kRescueSector = "pelastustoimi";
constexpr const char* kWholeSector = "koko organisaatio";
constexpr const char* kBusinessSector = "elinkeino- ja yrityspalvelut";

// One row per unit: t, t_gen, t_ine, t_ela, team_gen, workers, clients, area, traits, fronts,
// sectors, client group, contact titles, keyword, context sentence.
constexpr Target kTargets[] = {
    // Round-the-clock care.
    {"kotihoito", "kotihoidon", "kotihoidossa", "kotihoidosta", "kotihoidon tiimien", kNurses,
     kClients, kCare, kShiftWork | kExternalClients | kFieldWork | kHomeVisits | kCareChain, true,
     kSoteSector, nullptr, "ikääntyneet", "kotihoidon päällikkö", "kotihoidon {boss}", "kotihoito",
     "{org_gen} kotihoidossa työskentelee noin {n_staff} hoitajaa, ja asiakaskäyntejä tehdään "
     "päivittäin satoja."},
    {"ympärivuorokautinen palveluasuminen", "ympärivuorokautisen palveluasumisen",
     "ympärivuorokautisessa palveluasumisessa", "ympärivuorokautisesta palveluasumisesta",
     "palvelukotien tiimien", kNurses, kInhabitants, kCare,
     kShiftWork | kExternalClients | kCareChain | kMeals, false, kSoteSector, nullptr,
     "ikääntyneet", "palvelukodin johtaja", "palveluasumisen päällikkö", "palveluasuminen",
     "Palvelukodeissa työskentelee noin {n_staff} hoitajaa, ja moni asukas tarvitsee apua lähes "
     "kaikissa arjen toimissa."},
    {"vuodeosastot", "vuodeosastojen", "vuodeosastoilla", "vuodeosastoilta",
     "osastojen hoitotiimien", kNurses, kPatients, kCare,
     kShiftWork | kExternalClients | kCareChain | kMeals, true, kSoteSector, nullptr, "ikääntyneet",
     "osastonhoitaja", "apulaisosastonhoitaja", "vuodeosasto",
     "Vuodeosastoilla työskentelee noin {n_staff} hoitajaa kolmessa vuorossa, ja potilaista "
     "suurin osa on iäkkäitä."},
    {"vammaispalvelut", "vammaispalvelujen", "vammaispalveluissa", "vammaispalveluista",
     "asumisyksiköiden tiimien", kInstructors, kClients, kCare, kShiftWork | kExternalClients, true,
     kSoteSector, nullptr, "kuntalaiset", "vammaispalvelujen päällikkö", "asumisyksikön {boss}",
     "vammaispalvelut",
     "Vammaispalvelujen asumisyksiköissä työskentelee noin {n_staff} ohjaajaa, ja asiakkaiden "
     "tarpeet vaihtelevat paljon."},
    {"päivystys", "päivystyksen", "päivystyksessä", "päivystyksestä", "päivystyksen hoitotiimien",
     kNurses, kPatients, kCare, kShiftWork | kExternalClients | kCareChain, true, kSoteSector,
     nullptr, "työikäiset", "osastonhoitaja", "päivystyksen ylilääkäri", "päivystys",
     "Päivystyksessä käy vuorokaudessa keskimäärin toista sataa potilasta, ja työtä tehdään "
     "ympäri vuorokauden."},
    // Day-time health services.
    {"terveysasemat", "terveysasemien", "terveysasemilla", "terveysasemilta",
     "terveysasemien tiimien", kWorkers, kPatients, kHealth,
     kAppointments | kExternalClients | kCareChain, true, kSoteSector, nullptr, "työikäiset",
     "osastonhoitaja", "vastaava lääkäri", "terveysasema",
     "Terveysasemilla työskentelee yhteensä noin {n_staff} lääkäriä, hoitajaa ja muuta "
     "ammattilaista."},
    {"suun terveydenhuolto", "suun terveydenhuollon", "suun terveydenhuollossa",
     "suun terveydenhuollosta", "hammashoitoloiden tiimien", kDentalNurses, kPatients, kHealth,
     kAppointments | kExternalClients, true, kSoteSector, nullptr, "kuntalaiset",
     "ylihammaslääkäri", "vastaava hammaslääkäri", "suun terveydenhuolto",
     "Suun terveydenhuollossa työskentelee noin {n_staff} hammaslääkäriä, hammashoitajaa ja "
     "suuhygienistiä useassa hammashoitolassa."},
    {"neuvolat", "neuvoloiden", "neuvoloissa", "neuvoloista", "neuvoloiden tiimien",
     kPublicHealthNurses, kFamilies, kHealth, kAppointments | kExternalClients, true, kSoteSector,
     nullptr, "lapset ja nuoret", "osastonhoitaja", "terveydenhoitaja", "neuvola",
     "Neuvoloissa käy vuosittain tuhansia perheitä, ja jokaisella terveydenhoitajalla on "
     "seurattavanaan kymmeniä lapsia."},
    {"mielenterveys- ja päihdepalvelut", "mielenterveys- ja päihdepalvelujen",
     "mielenterveys- ja päihdepalveluissa", "mielenterveys- ja päihdepalveluista",
     "mielenterveystiimien", kWorkers, kClients, kHealth, kAppointments | kExternalClients, false,
     kSoteSector, nullptr, "työikäiset", "palvelupäällikkö", "psykiatrinen sairaanhoitaja",
     "mielenterveys",
     "Mielenterveys- ja päihdepalveluihin hakeutuu vuosittain yhä useampi, ja jonot ovat olleet "
     "pitkiä."},
    {"kuntoutus", "kuntoutuksen", "kuntoutuksessa", "kuntoutuksesta", "kuntoutustiimien",
     kPhysiotherapists, kClients, kHealth, kAppointments | kExternalClients | kCareChain, true,
     kSoteSector, nullptr, "ikääntyneet", "kuntoutuspäällikkö", "fysioterapeutti", "kuntoutus",
     "Kuntoutuksessa työskentelee noin {n_staff} fysioterapeuttia, toimintaterapeuttia ja "
     "puheterapeuttia."},
    // Social services.
    {"lastensuojelu", "lastensuojelun", "lastensuojelussa", "lastensuojelusta",
     "lastensuojelun tiimien", kSocialWorkers, kFamilies, kSocial,
     kAppointments | kExternalClients | kYoung, true, kSoteSector, nullptr, "lapset ja nuoret",
     "johtava sosiaalityöntekijä", "lastensuojelun päällikkö", "lastensuojelu",
     "Lastensuojelun asiakasmäärät olivat kasvaneet, ja sosiaalityöntekijöiden vaihtuvuus oli "
     "suurta."},
    {"aikuissosiaalityö", "aikuissosiaalityön", "aikuissosiaalityössä", "aikuissosiaalityöstä",
     "aikuissosiaalityön tiimien", kSocialWorkers, kClients, kSocial,
     kAppointments | kExternalClients, true, kSoteSector, nullptr, "työikäiset",
     "johtava sosiaalityöntekijä", "sosiaalityön päällikkö", "sosiaalityö",
     "Aikuissosiaalityössä on vuosittain tuhansia asiakkaita, joiden tilanteet ovat usein "
     "monimutkaisia."},
    {"perhekeskus", "perhekeskuksen", "perhekeskuksessa", "perhekeskuksesta",
     "perhekeskuksen tiimien", kWorkers, kFamilies, kSocial, kAppointments | kExternalClients, true,
     kSoteSector, nullptr, "lapset ja nuoret", "perhekeskuksen koordinaattori",
     "perhepalvelujen päällikkö", "perhekeskus",
     "Perhekeskukseen on koottu neuvola, perheneuvola ja perhetyö, ja työntekijöitä on noin "
     "{n_staff}."},
    {"maahanmuuttajapalvelut", "maahanmuuttajapalvelujen", "maahanmuuttajapalveluissa",
     "maahanmuuttajapalveluista", "maahanmuuttajapalvelujen tiimien", kInstructors, kClients,
     kSocial, kAppointments | kExternalClients, true, kSoteSector, nullptr, "maahanmuuttajat",
     "maahanmuuttokoordinaattori", "maahanmuuttajapalvelujen päällikkö", "kotoutuminen",
     "Maahanmuuttajapalvelujen asiakkaat puhuvat kymmeniä eri kieliä, ja moni on asunut Suomessa "
     "vasta vähän aikaa."},
    // Education.
    {"varhaiskasvatus", "varhaiskasvatuksen", "varhaiskasvatuksessa", "varhaiskasvatuksesta",
     "päiväkotien tiimien", kEducators, kFamilies, kEducation, kExternalClients | kMeals, true,
     kSchoolSector, nullptr, "lapset ja nuoret", "varhaiskasvatusjohtaja", "päiväkodin johtaja",
     "varhaiskasvatus",
     "Varhaiskasvatuksessa työskentelee noin {n_staff} opettajaa, lastenhoitajaa ja muuta "
     "ammattilaista useassa päiväkodissa."},
    {"päiväkodit", "päiväkotien", "päiväkodeissa", "päiväkodeista", "päiväkotien tiimien",
     kEducators, kChildren, kEducation, kExternalClients | kMeals, true, kSchoolSector, nullptr,
     "lapset ja nuoret", "päiväkodin johtaja", "varhaiskasvatuksen opettaja", "päiväkoti",
     "Päiväkoteja on {n_units}, ja niissä on hoidossa satoja lapsia."},
    {"perusopetus", "perusopetuksen", "perusopetuksessa", "perusopetuksesta", "koulujen opettajien",
     kTeachers, kPupils, kEducation, kExternalClients | kSchool | kYoung | kMeals, true,
     kSchoolSector, nullptr, "lapset ja nuoret", "rehtori", "apulaisrehtori", "perusopetus",
     "Perusopetuksessa on {n_units} koulua ja noin {n_staff} opettajaa."},
    {"koulut", "koulujen", "kouluissa", "kouluista", "koulujen opettajien", kTeachers, kPupils,
     kEducation, kExternalClients | kSchool | kYoung | kMeals, true, kSchoolSector, nullptr,
     "lapset ja nuoret", "rehtori", "koulunjohtaja", "koulu",
     "Kouluissa työskentelee noin {n_staff} opettajaa ja koulunkäynninohjaajaa."},
    {"lukio", "lukion", "lukiossa", "lukiosta", "lukion opettajien", kTeachers, kStudents,
     kEducation, kExternalClients | kSchool | kYoung, true, kSchoolSector, nullptr,
     "lapset ja nuoret", "rehtori", "apulaisrehtori", "lukio",
     "Lukiossa opiskelee noin {n_staff} nuorta, ja kursseja tarjotaan myös verkossa."},
    {"oppilashuolto", "oppilashuollon", "oppilashuollossa", "oppilashuollosta",
     "oppilashuollon tiimien", kCounsellors, kPupils, kEducation,
     kAppointments | kExternalClients | kSchool | kYoung, true, kSchoolSector, kSoteSector,
     "lapset ja nuoret", "koulukuraattori", "koulupsykologi", "oppilashuolto",
     "Oppilashuollossa on vain muutama kuraattori ja psykologi suhteessa oppilasmäärään, ja avun "
     "tarve on kasvanut."},
    {"ammatillinen koulutus", "ammatillisen koulutuksen", "ammatillisessa koulutuksessa",
     "ammatillisesta koulutuksesta", "opettajatiimien", kTeachers, kStudents, kVocational,
     kExternalClients | kYoung, true, kSchoolSector, nullptr, "lapset ja nuoret",
     "koulutuspäällikkö", "koulutusjohtaja", "ammatillinen koulutus",
     "Opiskelijoita on useita tuhansia, ja yhä suurempi osa opinnoista suoritetaan "
     "työpaikoilla."},
    // Technical services.
    {"kiinteistöpalvelut", "kiinteistöpalvelujen", "kiinteistöpalveluissa", "kiinteistöpalveluista",
     "kiinteistönhoidon tiimien", kCaretakers, kUsers, kTechnical, kFieldWork, true, kTech, nullptr,
     "kuntalaiset", "kiinteistöpäällikkö", "kiinteistönhoidon työnjohtaja", "kiinteistöt",
     "Rakennuksia on kymmeniä, ja niiden kunnosta huolehtii noin {n_staff} työntekijää."},
    {"katujen kunnossapito", "katujen kunnossapidon", "katujen kunnossapidossa",
     "katujen kunnossapidosta", "kunnossapidon työryhmien", kFittersAndDrivers, kResidents,
     kTechnical, kFieldWork | kExternalClients, true, kTech, nullptr, "kuntalaiset",
     "kunnossapitopäällikkö", "työnjohtaja", "kunnossapito",
     "Katuja ja viheralueita hoitaa oma kunnossapitoyksikkö, jossa työskentelee noin {n_staff} "
     "asentajaa ja koneenkuljettajaa."},
    {"rakennusvalvonta", "rakennusvalvonnan", "rakennusvalvonnassa", "rakennusvalvonnasta",
     "rakennusvalvonnan tiimin", kInspectors, kClients, kTechnical,
     kAppointments | kExternalClients, true, kTech, nullptr, "kuntalaiset", "rakennustarkastaja",
     "lupa-arkkitehti", "rakennusvalvonta",
     "Rakennusvalvonta käsittelee vuosittain satoja lupahakemuksia, ja käsittelyajat olivat "
     "venyneet."},
    {"vesihuolto", "vesihuollon", "vesihuollossa", "vesihuollosta", "vesihuollon tiimien", kFitters,
     kClients, kTechnical, kFieldWork | kExternalClients, true, kTech, nullptr, "kuntalaiset",
     "vesihuoltopäällikkö", "käyttöpäällikkö", "vesihuolto",
     "Vesihuolto vastaa satojen kilometrien verkostosta, ja häiriöihin on reagoitava vuorokauden "
     "ympäri."},
    {"kaavoitus", "kaavoituksen", "kaavoituksessa", "kaavoituksesta", "kaavoitustiimin", kPlanners,
     kResidents, kTechnical, kExternalClients, true, kTech, nullptr, "kuntalaiset",
     "kaavoituspäällikkö", "kaava-arkkitehti", "kaavoitus",
     "Kaavoitus valmistelee vuosittain kymmenkunta asemakaavaa, ja jokaiseen liittyy laaja "
     "vuorovaikutus kuntalaisten kanssa."},
    {"ympäristöpalvelut", "ympäristöpalvelujen", "ympäristöpalveluissa", "ympäristöpalveluista",
     "ympäristöpalvelujen tiimien", kExperts, kInhabitants, kTechnical, kExternalClients, true,
     kTech, nullptr, "kuntalaiset", "ympäristöpäällikkö", "ympäristötarkastaja", "ympäristö",
     "Ympäristöpalvelut valvoo ja neuvoo asukkaita ja yrityksiä, ja tehtäviä on enemmän kuin "
     "tekijöitä."},
    // Food and cleaning services.
    {"ruokapalvelut", "ruokapalvelujen", "ruokapalveluissa", "ruokapalveluista",
     "keittiöiden tiimien", kCooks, kDiners, kFood, kShiftWork | kMeals | kExternalClients, true,
     kFoodSector, nullptr, "kuntalaiset", "ruokapalvelupäällikkö", "keittiön {boss}",
     "ruokapalvelut",
     "Ruokapalvelut valmistaa päivittäin tuhansia aterioita kouluille, päiväkodeille ja "
     "ikääntyneille."},
    {"kouluruokailu", "kouluruokailun", "kouluruokailussa", "kouluruokailusta",
     "koulukeittiöiden tiimien", kCooks, kPupils, kFood, kMeals | kExternalClients, true,
     kFoodSector, kSchoolSector, "lapset ja nuoret", "ruokapalvelupäällikkö",
     "koulukeittiön {boss}", "kouluruoka",
     "Koulukeittiöitä on {n_units}, ja ne valmistavat joka arkipäivä lounaan kaikille "
     "oppilaille."},
    {"puhtauspalvelut", "puhtauspalvelujen", "puhtauspalveluissa", "puhtauspalveluista",
     "siivoustiimien", kCleaners, kUsers, kFood, kFieldWork | kCleaning, true, kFoodSector, nullptr,
     "kuntalaiset", "puhtauspalvelupäällikkö", "siivoustyönjohtaja", "puhtauspalvelut",
     "Puhtauspalveluissa työskentelee noin {n_staff} laitoshuoltajaa, jotka siivoavat kouluja, "
     "päiväkoteja ja toimitiloja."},
    {"keskuskeittiö", "keskuskeittiön", "keskuskeittiössä", "keskuskeittiöstä",
     "keskuskeittiön vuorojen", kChefs, kDiners, kFood, kShiftWork | kMeals, true, kFoodSector,
     nullptr, "ikääntyneet", "keittiöpäällikkö", "ravitsemispäällikkö", "keskuskeittiö",
     "Keskuskeittiö valmistaa ateriat kotihoidon asiakkaille, palvelutaloihin ja kouluihin, ja "
     "ruokaa kuljetetaan päivittäin kymmeniin kohteisiin."},
    // Culture and leisure.
    {"kirjastot", "kirjastojen", "kirjastoissa", "kirjastoista", "kirjastojen henkilökunnan",
     kLibraryStaff, kClients, kCulture, kShiftWork | kExternalClients, true, kLeisure, nullptr,
     "kuntalaiset", "kirjastotoimenjohtaja", "kirjastonhoitaja", "kirjasto",
     "Pääkirjaston ja lähikirjastojen aukioloajat ovat pidentyneet, vaikka henkilökuntaa ei ole "
     "lisätty."},
    {"liikuntapalvelut", "liikuntapalvelujen", "liikuntapalveluissa", "liikuntapalveluista",
     "liikuntapaikkojen tiimien", kSportsInstructors, kClients, kCulture,
     kShiftWork | kExternalClients | kAppointments, true, kLeisure, nullptr, "kuntalaiset",
     "liikuntapäällikkö", "liikuntasuunnittelija", "liikunta",
     "Liikuntapalvelut ylläpitää uimahallia, kuntosaleja ja kymmeniä ulkoliikuntapaikkoja."},
    {"nuorisopalvelut", "nuorisopalvelujen", "nuorisopalveluissa", "nuorisopalveluista",
     "nuorisotyön tiimien", kYouthWorkers, kYoungPeople, kCulture, kExternalClients | kYoung, true,
     kLeisure, nullptr, "lapset ja nuoret", "nuorisotyön päällikkö", "nuorisosihteeri",
     "nuorisotyö",
     "Nuorisotiloja on {n_units}, ja niiden lisäksi nuoriso-ohjaajat tekevät etsivää työtä "
     "kaduilla ja verkossa."},
    {"kulttuuripalvelut", "kulttuuripalvelujen", "kulttuuripalveluissa", "kulttuuripalveluista",
     "kulttuuripalvelujen tiimien", kWorkers, kVisitors, kCulture, kExternalClients, true, kLeisure,
     nullptr, "kuntalaiset", "kulttuurijohtaja", "kulttuurituottaja", "kulttuuri",
     "Kulttuuripalveluihin kuuluvat museo, kulttuuritalo ja kansalaisopisto, ja työntekijöitä on "
     "noin {n_staff}."},
    // Administration.
    {"talouspalvelut", "talouspalvelujen", "talouspalveluissa", "talouspalveluista",
     "talouspalvelujen tiimien", kFinanceExperts, kUnits, kAdmin, kFinance, true, kAdminSector,
     nullptr, "henkilöstö", "talouspäällikkö", "talouspalvelupäällikkö", "taloushallinto",
     "Talouspalvelut hoitaa koko organisaation kirjanpidon, laskutuksen ja maksuliikenteen."},
    {"henkilöstöpalvelut",
     "henkilöstöpalvelujen",
     "henkilöstöpalveluissa",
     "henkilöstöpalveluista",
     "henkilöstöpalvelujen tiimin",
     kHrExperts,
     "{bosses}",
     "{bosses_gen}",
     "{bosses_par}",
     "{bosses_all}",
     kAdmin,
     0,
     true,
     kAdminSector,
     kWholeSector,
     "henkilöstö",
     "henkilöstöpäällikkö",
     "HR-asiantuntija",
     "henkilöstöhallinto",
     "Henkilöstöpalvelut tukee {bosses_par} rekrytoinneissa, palvelussuhdeasioissa ja "
     "työhyvinvoinnissa."},
    {"asiakaspalvelu", "asiakaspalvelun", "asiakaspalvelussa", "asiakaspalvelusta",
     "asiakaspalvelun tiimin", kCustomerAdvisers, kClients, kAdmin,
     kAppointments | kExternalClients, true, kAdminSector, nullptr, "kuntalaiset",
     "asiakaspalvelupäällikkö", "palvelupisteen {boss}", "asiakaspalvelu",
     "Asiakaspalvelupisteessä asioi vuosittain kymmeniätuhansia ihmisiä paikan päällä, "
     "puhelimessa ja verkossa."},
    {"tietohallinto", "tietohallinnon", "tietohallinnossa", "tietohallinnosta",
     "tietohallinnon tiimien", kExperts, kSystemUsers, kAdmin, 0, true, kAdminSector, nullptr,
     "henkilöstö", "tietohallintopäällikkö", "ICT-asiantuntija", "tietohallinto",
     "Tietohallinto vastaa satojen järjestelmien ja tuhansien työasemien toimivuudesta."},
    {"hallintopalvelut", "hallintopalvelujen", "hallintopalveluissa", "hallintopalveluista",
     "hallintopalvelujen tiimin", kSecretaries, kDrafters, kAdmin, 0, true, kAdminSector, nullptr,
     "henkilöstö", "hallintopäällikkö", "hallintosihteeri", "hallinto",
     "Hallintopalvelut valmistelee toimielinten kokoukset, hoitaa kirjaamon ja vastaa "
     "asiakirjahallinnosta."},
    {"toimistotyö", "toimistotyön", "toimistotyössä", "toimistotyöstä", "asiantuntijatiimien",
     kExperts, kClients, kAdmin, 0, true, kAdminSector, nullptr, "henkilöstö", "hallintojohtaja",
     "kehittämispäällikkö", "asiantuntijatyö",
     "Toimistotyötä tekee noin {n_staff} asiantuntijaa, joista suuri osa voi tehdä työtään myös "
     "etänä."},
    // Business and employment services.
    {"elinkeinopalvelut", "elinkeinopalvelujen", "elinkeinopalveluissa", "elinkeinopalveluista",
     "elinkeinopalvelujen tiimin", kBusinessAdvisers, kEntrepreneurs, kBusiness,
     kAppointments | kExternalClients | kCompanies, true, kBusinessSector, nullptr, "yritykset",
     "elinkeinojohtaja", "yritysneuvoja", "elinkeinopalvelut",
     "Alueella toimii satoja pieniä yrityksiä, ja moni niistä etsii osaavaa työvoimaa ja kasvun "
     "mahdollisuuksia."},
    {"työllisyyspalvelut", "työllisyyspalvelujen", "työllisyyspalveluissa", "työllisyyspalveluista",
     "työllisyyspalvelujen tiimien", kJobCoaches, kJobSeekers, kBusiness,
     kAppointments | kExternalClients, true, kBusinessSector, nullptr, "työikäiset",
     "työllisyyspäällikkö", "työvalmentaja", "työllisyys",
     "Työllisyyspalvelujen asiakkaina on satoja pitkään työttömänä olleita, joiden tilanteet "
     "vaativat yksilöllistä tukea."},
    // Rescue services.
    {"paloasemat", "paloasemien", "paloasemilla", "paloasemilta", "paloasemien vuorojen",
     kFirefighters, kResidents, kRescue, kShiftWork | kExternalClients | kHomeVisits, true,
     kRescueSector, nullptr, "kuntalaiset", "palomestari", "asemapäällikkö", "pelastustoiminta",
     "Alueella on {n_units} paloasemaa, joista osalla on vakinainen miehitys ja osalla toimivat "
     "sopimuspalokunnat."},
    {"sopimuspalokunnat", "sopimuspalokuntien", "sopimuspalokunnissa", "sopimuspalokunnista",
     "sopimuspalokuntien", kVolunteerFirefighters, kResidents, kRescue, kExternalClients, true,
     kRescueSector, nullptr, "kuntalaiset", "palomestari", "koulutusmestari", "sopimuspalokunnat",
     "Harvaan asutuilla alueilla sopimuspalokunnat hoitavat suuren osan ensimmäisistä "
     "tehtävistä, ja palokuntalaiset tekevät päivätyönsä muualla."},
    {"onnettomuuksien ehkäisy", "onnettomuuksien ehkäisyn", "onnettomuuksien ehkäisyssä",
     "onnettomuuksien ehkäisystä", "onnettomuuksien ehkäisyn tiimin", kFireInspectors,
     kPropertyOwners, kRescue, kExternalClients | kHomeVisits | kAppointments, false, kRescueSector,
     nullptr, "kuntalaiset", "johtava palotarkastaja", "palotarkastaja", "palotarkastus",
     "Onnettomuuksien ehkäisyssä työskentelee kymmenkunta palotarkastajaa, ja valvottavia "
     "kohteita on tuhansia."},
    {"ensihoito", "ensihoidon", "ensihoidossa", "ensihoidosta", "ensihoidon yksiköiden",
     kParamedics, kPatients, kRescue, kShiftWork | kExternalClients | kCareChain | kFieldWork, true,
     kRescueSector, kSoteSector, "kuntalaiset", "ensihoitopäällikkö", "kenttäjohtaja", "ensihoito",
     "Ensihoidon yksiköt tekevät vuodessa kymmeniätuhansia tehtäviä laajalla alueella."},
    // The whole organisation and its managers.
    {"koko organisaatio", "koko organisaation", "koko organisaatiossa", "koko organisaatiosta",
     "työyhteisöjen", kWorkers, kClients, kWhole, 0, true, kWholeSector, nullptr, "henkilöstö",
     "henkilöstöpäällikkö", "kehittämispäällikkö", "henkilöstö",
     "{org_gen} palveluksessa on noin {n_total} työntekijää useassa toimipisteessä."},
    {"{bosswork}",
     "{bosswork_gen}",
     "{bosswork_ine}",
     "{bosswork_ela}",
     "{bosses_gen}",
     "{bosses}",
     "{bosses_gen}",
     "{bosses_par}",
     "{bosses_all}",
     kWorkers,
     kLeadership,
     0,
     false,
     kWholeSector,
     nullptr,
     "henkilöstö",
     "henkilöstön kehittämisen asiantuntija",
     "henkilöstöjohtaja",
     "{bosswork}",
     "Organisaatiossa on noin {n_staff} {boss_par}, joista moni johtaa suurta ja hajautettua "
     "tiimiä."},
};

}  // namespace

std::span<const Target> targets() {
  return kTargets;
}

}  // namespace tori::demo

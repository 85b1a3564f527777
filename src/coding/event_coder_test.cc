#include "coding/event_coder.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <initializer_list>
#include <string>
#include <vector>

#include "core/data_paths.h"

namespace vigie {
namespace {

// The real data/ dictionaries and the gazetteer index `make build` writes, loaded once.
class EventCoderTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    auto gazetteer = Gazetteer::Open(ResolveGazetteerIndex());
    ASSERT_TRUE(gazetteer.ok()) << gazetteer.status().message();
    auto coder = EventCoder::Load(ResolveDataDir(), std::move(gazetteer).value());
    ASSERT_TRUE(coder.ok()) << coder.status().message();
    coder_ = new EventCoder(std::move(coder).value());
  }
  static void TearDownTestSuite() {
    delete coder_;
    coder_ = nullptr;
  }
  void SetUp() override { ASSERT_NE(coder_, nullptr); }

  static std::vector<EventRecord> Code(const std::string& text, const std::string& language,
                                       const std::string& published = "2018-09-26") {
    ExtractedArticle article;
    article.doc = "test";
    article.text = text;
    article.language = language;
    article.published = published;
    return coder_->Code(article).events;
  }
  // The one event `text` gives; an empty record, and a failure, when it gives none or more.
  static EventRecord One(const std::string& text, const std::string& language,
                         const std::string& published = "2018-09-26") {
    auto events = Code(text, language, published);
    EXPECT_EQ(events.size(), 1u) << text;
    return events.size() == 1 ? events.front() : EventRecord();
  }
  // Expects each (text, language) report to give one event whose `field` is `want`.
  static void ExpectEach(std::initializer_list<std::pair<const char*, const char*>> reports,
                         std::string EventRecord::*field, const std::string& want) {
    for (const auto& [text, language] : reports) EXPECT_EQ(One(text, language).*field, want) << text;
  }
  static EventCoder* coder_;
};
EventCoder* EventCoderTest::coder_ = nullptr;

TEST_F(EventCoderTest, PhraseSharedByBothLanguagesTriggersInEach) {
  // "IED" and "raid" are listed for French and English alike.
  EXPECT_EQ(One("On Monday, an IED hit a truck near Gao.", "en").sub_event_type, "Remote explosive/landmine/IED");
  EXPECT_EQ(One("Lundi, un IED a touché un camion près de Gao.", "fr").sub_event_type, "Remote explosive/landmine/IED");
}

TEST_F(EventCoderTest, TollIsNotADayNorAFigureOfAnotherClause) {
  EXPECT_EQ(One("On September 24, the Malian army killed three men near Tenenkou.", "en").fatalities, 3);
  EXPECT_EQ(One("On Monday, a landmine hit a truck near Gao, killing 2.", "en").fatalities, 2);
}

TEST_F(EventCoderTest, ActiveVerbWithObjectKeepsItsDoer) {
  EXPECT_EQ(One("On Monday, the Malian army killed three suspects near Tenenkou.", "en").actor1,
            "Military Forces of Mali");
}

TEST_F(EventCoderTest, PassiveWithDoerMakesTheSubjectTheTarget) {
  const EventRecord event =
      One("On Monday, a Malian gendarmerie post was attacked by unknown gunmen in Timbuktu.", "en");
  EXPECT_EQ(event.event_type, "Battles");
  EXPECT_EQ(event.actor2.rfind("Police Forces of Mali", 0), 0u) << event.actor2;
}

TEST_F(EventCoderTest, NationalActorsChooseTheCountryOfAmbiguousPlaces) {
  // Goma (Congo) is a far bigger town than Goma-Coura; the report is about Mali.
  const EventRecord event =
      One("On Monday, an IED attack against the Malian army was reported in the Goma area of Diabaly.", "en");
  EXPECT_EQ(event.country, "Mali");
  EXPECT_EQ(event.location, "Diabaly");
}

TEST_F(EventCoderTest, ArrestsAndSeizuresDuringAFightAreOneBattle) {
  EXPECT_EQ(
      One("On Monday, French forces killed ten militants near Menaka, arrested six others and seized weapons.", "en")
          .event_type,
      "Battles");
}

TEST_F(EventCoderTest, ProtestThatTurnsViolentIsOneRiot) {
  EXPECT_EQ(One("On Monday, youths in Gao burned tires and set up barricades in protest against power cuts.", "en")
                .event_type,
            "Riots");
}

TEST_F(EventCoderTest, BombFoundAndDefusedIsNoExplosion) {
  EXPECT_EQ(One("On Monday, soldiers discovered and defused an IED near Douentza.", "en").sub_event_type,
            "Disrupted weapons use");
}

TEST_F(EventCoderTest, BackgroundPhraseCancelsWhatFollowsInAnUndatedSentence) {
  const EventRecord event =
      One("On Monday, gunmen attacked a police post in Gao. The raid follows an earlier attack in Kidal, in which four "
          "people were killed.",
          "en");
  EXPECT_EQ(event.location, "Gao");
  EXPECT_EQ(event.fatalities, 0);  // the four were killed in the earlier attack
  EXPECT_EQ(One("Lundi, des hommes armés ont attaqué un poste de police à Gao. Cette attaque fait suite à des combats "
                "à Kidal.",
                "fr")
                .location,
            "Gao");
}

TEST_F(EventCoderTest, AnOldDateEndingTheTriggersPhraseMakesItBackground) {
  for (const auto& [text, language] :
       {std::pair{"Le tribunal a rendu mercredi son verdict sur la mort de douze hommes, tués lors du coup d'État "
                  "d'octobre 1987.",
                  "fr"},
        std::pair{"The court gave its verdict on Wednesday over the deaths of twelve men, killed during the coup of "
                  "1987.",
                  "en"}}) {
    EXPECT_TRUE(Code(text, language, "2022-04-07").empty()) << text;
  }
  // A day of this week in the phrase is news.
  EXPECT_EQ(Code("Douze hommes ont été tués lors de l'attaque de mardi à Djibo.", "fr", "2022-04-07").size(), 1u);
}

TEST_F(EventCoderTest, IncidentLongBeforeThePublicationIsBackground) {
  EXPECT_EQ(One("On Sunday, gunmen opened fire on a restaurant in Ouagadougou, killing 18. The restaurant is near the "
                "hotel where militants killed 30 people in January 2016.",
                "en", "2017-08-14")
                .fatalities,
            18);
}

TEST_F(EventCoderTest, IncidentPointedBackToIsNotANewEvent) {
  const EventRecord event =
      One("Samedi, des hommes armés ont tué 30 civils à Bankass. Au lendemain de la tuerie, le gouvernement, réuni "
          "dimanche à Bamako, a limogé le gouverneur.",
          "fr", "2019-03-25");
  EXPECT_EQ(event.location, "Bankass");
  EXPECT_EQ(event.actor2, "Civilians (Mali)");
  EXPECT_EQ(One("Protesters rallied in Niamey on Sunday. The rally came as leaders met in Abuja.", "en", "2023-07-31")
                .location,
            "Niamey");
}

TEST_F(EventCoderTest, TownAbroadIsNotTheIncidentsPlace) {
  EXPECT_EQ(One("On Sunday, a car bomb struck a patrol in Gao, in northern Mali, killing four civilians. The vehicle "
                "exploded next to armoured vehicles from France's Barkhane force.",
                "en", "2018-07-02")
                .location,
            "Gao");
}

TEST_F(EventCoderTest, EnglishKidnappingIsAnAbduction) {
  // "kidnapp*" is listed for French; English "kidnapped" must not fall between the two.
  const EventRecord event = One("On Monday, gunmen kidnapped a teacher near Gao.", "en");
  EXPECT_EQ(event.sub_event_type, "Abduction/forced disappearance");
}

TEST_F(EventCoderTest, WoundingIsViolenceAndItsVictimDecidesTheType) {
  EXPECT_EQ(One("On Monday, unknown gunmen shot and wounded a trader near Gao.", "en").event_type,
            "Violence against civilians");
  EXPECT_EQ(One("On Monday, two Malian soldiers were wounded by gunmen near Gao.", "en").event_type, "Battles");
  EXPECT_EQ(One("Lundi, un commerçant a été blessé par balle par des hommes armés à Gao.", "fr").event_type,
            "Violence against civilians");
}

TEST_F(EventCoderTest, AttackVerbWithoutObjectIsAParticiple) {
  // "attacked" followed by a place, a time or a preposition has no object: the post was attacked.
  const EventRecord event = One("On Monday, a Malian army post attacked in Gao overnight, one soldier killed.", "en");
  EXPECT_EQ(event.event_type, "Battles");
  EXPECT_EQ(event.actor2, "Military Forces of Mali");
  // With an object, the army is the doer.
  EXPECT_EQ(One("On Monday, the Malian army attacked a jihadist camp near Gao.", "en").actor1,
            "Military Forces of Mali");
}

TEST_F(EventCoderTest, DeterminerBeforeTheSubjectDoesNotReferBack) {
  // "the protesters burned tires": the riot is this sentence's own, not a pointer to an earlier one.
  EXPECT_EQ(One("On Sunday, the protesters burned tires and looted shops in Gao.", "en").event_type, "Riots");
}

TEST_F(EventCoderTest, WeaponNamesTheAttack) {
  EXPECT_EQ(One("On Monday, an IED attack hit a Malian army convoy near Gao.", "en").sub_event_type,
            "Remote explosive/landmine/IED");
  EXPECT_EQ(One("On Monday, a bomb explosion targeted a Malian army convoy near Gao.", "en").sub_event_type,
            "Remote explosive/landmine/IED");
}

TEST_F(EventCoderTest, RoadBetweenTwoTownsIsOneEventAtTheFirst) {
  const auto events = Code("On Monday, gunmen ambushed a bus between Gao and Ansongo.", "en");
  ASSERT_EQ(events.size(), 1u);
  EXPECT_EQ(events[0].location, "Gao");
  // A list of towns, each attacked, gives an event per town.
  EXPECT_EQ(Code("On Monday, gunmen attacked Gao and Ansongo.", "en").size(), 2u);
}

TEST_F(EventCoderTest, SingularVerbWithoutFigureIsOneDead) {
  EXPECT_EQ(One("On Monday, the mayor of Gao was killed by unknown gunmen.", "en").fatalities, 1);
  EXPECT_EQ(One("Lundi, le maire de Gao a été tué par des hommes armés.", "fr").fatalities, 1);
  EXPECT_EQ(One("On Monday, three traders were killed by unknown gunmen in Gao.", "en").fatalities, 3);
}

TEST_F(EventCoderTest, ThreatsAndBansOverCiviliansAreOtherDevelopments) {
  const EventRecord event = One("On Sunday, JNIM militants threatened villagers near Djibo.", "en");
  EXPECT_EQ(event.sub_event_type, "Other");
  EXPECT_EQ(event.actor2, "Civilians (Burkina Faso)");
  // A threat to act is no event.
  EXPECT_TRUE(Code("On Sunday, the union threatened to strike in Bamako.", "en").empty());
}

TEST_F(EventCoderTest, UnnamedCrowdIsNamedByWhatItDid) {
  EXPECT_EQ(One("On Sunday, villagers staged a demonstration in Djibo.", "en").actor1, "Protesters (Burkina Faso)");
}

TEST_F(EventCoderTest, NameBeforeADescriptionIsTheDoer) {
  EXPECT_EQ(One("On Sunday, JNIM militants abducted two traders near Djibo.", "en").actor1,
            "JNIM: Group for Support of Islam and Muslims");
}

TEST_F(EventCoderTest, RallyThatSetsFireIsARiot) {
  EXPECT_EQ(One("On Sunday, thousands of supporters of the opposition rallied in Bamako.", "en").event_type, "Protests");
  EXPECT_EQ(One("On Sunday, hundreds of youths rallied in Niamey, setting fire to the gate of the town hall before "
                "police dispersed them with tear gas.",
                "en")
                .sub_event_type,
            "Violent demonstration");
}

TEST_F(EventCoderTest, SoldiersSeizingPowerIsACoupNotLooting) {
  // "Other" is a sub-event type of strategic developments only.
  EXPECT_EQ(One("On Monday, mutinous soldiers announced on state television that they had seized power in Ouagadougou.",
                "en")
                .sub_event_type,
            "Other");
  EXPECT_EQ(One("Lundi, des militaires ont pris le pouvoir à Niamey.", "fr").sub_event_type, "Other");
}

TEST_F(EventCoderTest, TownTakenWithTheDayInsideTheVerb) {
  // French puts the day between the verb and its object, and says a camp "passed into the hands" of its takers.
  ExpectEach({{"Les rebelles ont pris dimanche le contrôle de Ménaka, dans le nord-est du Mali.", "fr"},
              {"Mardi, le camp militaire de Tessit est passé aux mains des jihadistes.", "fr"}},
             &EventRecord::sub_event_type, "Non-state actor overtakes territory");
  EXPECT_EQ(One("L'armée malienne a repris lundi le contrôle de Boni.", "fr").sub_event_type,
            "Government regains territory");
}

TEST_F(EventCoderTest, DemolishingIsDestruction) {
  ExpectEach({{"Samedi, des jihadistes ont démoli le mausolée d'un saint à Tombouctou.", "fr"},
              {"Dimanche, des hommes armés ont rasé une école près de Djibo.", "fr"}},
             &EventRecord::sub_event_type, "Looting/property destruction");
}

TEST_F(EventCoderTest, DissolvingAnAssociationIsAChangeToTheGroup) {
  ExpectEach({{"Dimanche, le gouvernement a prononcé la dissolution d'une milice de chasseurs à Bamako.", "fr"},
              {"Lundi, à Bamako, le gouvernement a dissous la milice des chasseurs de la région.", "fr"}},
             &EventRecord::sub_event_type, "Change to group/activity");
}

TEST_F(EventCoderTest, SigningATreatyIsAnAgreement) {
  ExpectEach({{"On Saturday, the leaders of the three countries signed a treaty in Niamey.", "en"},
              {"Samedi, les trois pays ont signé un traité de défense mutuelle à Niamey.", "fr"}},
             &EventRecord::sub_event_type, "Agreement");
}

TEST_F(EventCoderTest, PublicationDayOfAReportIsNotTheEventsDay) {
  EXPECT_EQ(One("Selon un rapport publié mardi, des soldats ont tué 30 civils à Moura entre le 27 et le 31 mars.", "fr",
                "2022-04-05")
                .event_date,
            "2022-03-27");
  EXPECT_EQ(One("In a report published on Tuesday, witnesses said soldiers killed 30 civilians in Moura on March 27.",
                "en", "2022-04-05")
                .event_date,
            "2022-03-27");
}

TEST_F(EventCoderTest, APossessiveDateIsTheIncidentsDate) {
  // 2019-06-12 is a Wednesday: the toll was revised on it, the attack was on Sunday.
  EXPECT_EQ(One("Mali's government on Wednesday revised down the toll of Sunday night's attack on the village of "
                "Sobane Da to 35 dead.",
                "en", "2019-06-12")
                .event_date,
            "2019-06-09");
  EXPECT_EQ(One("Le gouvernement a revu à la baisse mercredi le bilan de l'attaque de dimanche soir contre le "
                "village de Sobane Da, désormais de 35 morts.",
                "fr", "2019-06-12")
                .event_date,
            "2019-06-09");
  // One adjective may stand between the date and the trigger.
  EXPECT_EQ(One("A jihadist group claimed responsibility on Tuesday for Sunday's twin attacks on a market in "
                "Kidal.",
                "en", "2019-06-12")
                .event_date,
            "2019-06-09");
  EXPECT_EQ(One("Un groupe jihadiste a revendiqué mardi l'attaque meurtrière de dimanche contre le marché de Kidal.",
                "fr", "2019-06-12")
                .event_date,
            "2019-06-09");
  // Without the possessive, the first date of the sentence stays the event's.
  EXPECT_EQ(One("On Wednesday gunmen attacked the village of Sobane Da, killing 35 people, a week before Sunday's "
                "vote.",
                "en", "2019-06-12")
                .event_date,
            "2019-06-12");
}

TEST_F(EventCoderTest, IncidentPlacedOnlyInACountryTakesTheReportsPlaceThere) {
  EXPECT_EQ(One("On Tuesday, gunmen kidnapped a nun in southern Mali. The nun had worked for years at a mission in "
                "Koutiala.",
                "en", "2017-02-09")
                .location,
            "Koutiala");
}

TEST_F(EventCoderTest, CountedAttacksOnSeveralTownsAreOneEventEach) {
  EXPECT_EQ(Code("Jeudi, deux attentats-suicides ont visé le camp militaire d'Agadez et une usine d'uranium à Arlit.", "fr")
                .size(),
            2u);
  EXPECT_EQ(Code("On Thursday, two attacks targeted an army post in Gao and a market in Ansongo.", "en").size(), 2u);
  // A count of victims is no count of incidents.
  EXPECT_EQ(Code("On Thursday, 1 dead and 4 wounded were reported when a truck hit an IED on the axis Ansongo-Menaka.",
                 "en")
                .size(),
            1u);
}

TEST_F(EventCoderTest, ReadinessIsNoEvent) {
  EXPECT_TRUE(Code("On Wednesday, the defence minister said the government was ready for a ceasefire with the rebels.",
                   "en")
                  .empty());
  EXPECT_TRUE(Code("Mercredi, le gouvernement s'est dit prêt à un cessez-le-feu avec les rebelles.", "fr").empty());
  EXPECT_FALSE(Code("On Wednesday, the government and the rebels signed a ceasefire in Algiers.", "en").empty());
}

TEST_F(EventCoderTest, WhatADemonstrationDenouncedIsNoEvent) {
  ExpectEach(
      {
          {"On Saturday, hundreds of people protested in Bamako against the arrest of a popular imam.", "en"},
          {"On Saturday, women marched in Gao to denounce the abduction of a village chief.", "en"},
          {"Samedi, des centaines de personnes ont manifesté à Gao pour dénoncer l'enlèvement d'un chef de village.",
           "fr"},
          {"Samedi, des jeunes ont manifesté à Bamako contre les massacres de civils dans le centre.", "fr"},
          {"On Saturday, hundreds of protesters blocked a convoy in Kaya, accusing the government of failing to stop "
           "the attacks of jihadists.",
           "en"},
      },
      &EventRecord::event_type, "Protests");
  // The protesters' grievance told in a sentence of its own, with its toll.
  const EventRecord event = One(
      "On Sunday, thousands of people demonstrated in Dori. The demonstrators denounced the insecurity after an "
      "attack by gunmen on a military post in the north, which killed 53 soldiers.",
      "en");
  EXPECT_EQ(event.sub_event_type, "Peaceful protest");
  EXPECT_EQ(event.fatalities, 0);
}

TEST_F(EventCoderTest, ViolenceByAnUnnamedCrowdIsARiot) {
  EXPECT_EQ(One("On Sunday, youths stormed the town hall in Djibo.", "en").sub_event_type, "Violent demonstration");
  EXPECT_EQ(One("On Sunday, an angry mob beat a thief in Djibo.", "en").sub_event_type, "Mob violence");
}

TEST_F(EventCoderTest, OffDutySoldierIsACivilian) {
  const EventRecord event = One("On Sunday, gunmen killed an off-duty soldier on his farm near Djibo.", "en");
  EXPECT_EQ(event.event_type, "Violence against civilians");
  EXPECT_EQ(event.actor2, "Civilians (Burkina Faso)");
  // A fighter killed while working his field is off duty too.
  EXPECT_EQ(One("On Monday, JNIM militants killed a volunteer fighter on his farmland near Djibo.", "en").event_type,
            "Violence against civilians");
  EXPECT_EQ(One("Lundi, des jihadistes ont tué un volontaire pour la défense de la patrie dans son champ près de Djibo.",
                "fr")
                .event_type,
            "Violence against civilians");
  EXPECT_EQ(One("On Monday, JNIM militants killed a volunteer fighter near Djibo.", "en").event_type, "Battles");
}

TEST_F(EventCoderTest, PrivateGuardIsArmedNotACivilian) {
  // ACLED codes private guards as "Private Security Forces": killing one is a clash.
  const std::initializer_list<std::pair<const char*, const char*>> reports = {
      {"On Tuesday, gunmen shot dead a security guard in front of a bank in Gao.", "en"},
      {"Mardi, des hommes armés ont abattu un vigile devant une banque à Gao.", "fr"},
  };
  ExpectEach(reports, &EventRecord::event_type, "Battles");
  ExpectEach(reports, &EventRecord::actor2, "Private Security Forces (Mali)");
}

TEST_F(EventCoderTest, SuicideCarBombingIsASuicideBomb) {
  EXPECT_EQ(One("On Sunday, a suicide car bombing hit a military camp in Gao.", "en").sub_event_type, "Suicide bomb");
}

TEST_F(EventCoderTest, ActorThatUnderwentTheAttackIsItsTarget) {
  EventRecord event = One("On Monday, a MINUSMA convoy came under fire near Aguelhok.", "en");
  EXPECT_EQ(event.event_type, "Battles");
  EXPECT_EQ(event.actor2.rfind("MINUSMA", 0), 0u) << event.actor2;
  event = One("Lundi, un poste de la gendarmerie a été victime d'une attaque à Ménaka.", "fr");
  EXPECT_EQ(event.event_type, "Battles");
  EXPECT_EQ(event.actor2.rfind("Police Forces of Mali", 0), 0u) << event.actor2;
  event = One("On Monday, a MINUSMA camp in Kidal was subjected to an attack by unknown gunmen.", "en");
  EXPECT_EQ(event.actor2.rfind("MINUSMA", 0), 0u) << event.actor2;
}

TEST_F(EventCoderTest, ShellingWithAGroundFightIsABattle) {
  EXPECT_EQ(One("On Monday, militants fired mortar shells at the army camp in Kidal and exchanged gunfire with "
                "the soldiers.",
                "en")
                .sub_event_type,
            "Armed clash");
  EXPECT_EQ(One("On Monday, militants fired mortar shells at the army camp in Kidal.", "en").sub_event_type,
            "Shelling/artillery/missile attack");
}

TEST_F(EventCoderTest, DescriptionOfANamedGroupIsThatGroup) {
  const EventRecord event =
      One("Samedi, au moins douze villageois ont été tués à Diffa par des combattants de Boko "
          "Haram.",
          "fr");
  EXPECT_EQ(event.event_type, "Violence against civilians");
  EXPECT_EQ(event.actor1.rfind("Boko Haram", 0), 0u) << event.actor1;
}

TEST_F(EventCoderTest, TollThatRoseIsTheFigureAfterTheRise) {
  EXPECT_EQ(One("The number of civilians killed in Saturday's attack on a village near Dori has risen to 41, "
                "officials said.",
                "en", "2022-06-14")
                .fatalities,
            41);
  EXPECT_EQ(One("Le bilan de l'attaque de samedi contre un poste militaire à Djibo s'est alourdi à 17 morts.", "fr",
                "2022-06-14")
                .fatalities,
            17);
  // "killed in an attack": the article is no figure.
  EXPECT_EQ(One("A trader was killed in an attack on a bus near Gao on Monday.", "en").fatalities, 1);
}

TEST_F(EventCoderTest, VictimsAsideBetweenFigureAndVerb) {
  EXPECT_EQ(One("Samedi, au moins 31 personnes, dont des enfants, ont été tuées dans un village près de Bankass.", "fr")
                .fatalities,
            31);
}

TEST_F(EventCoderTest, BackgroundDateAfterACommaLeavesTheClauseBefore) {
  const auto events = Code(
      "Officials said 40 villagers were killed on Sunday night in a raid near Djibo, the deadliest "
      "attack since the violence began in 2015.",
      "en", "2022-06-14");
  ASSERT_EQ(events.size(), 1u);
  EXPECT_EQ(events[0].fatalities, 40);
  EXPECT_TRUE(Code("In 2015, 40 villagers were killed in a raid near Djibo.", "en", "2022-06-14").empty());
}

TEST_F(EventCoderTest, TriggerPointingBackJoinsTheIncidentWhateverItsLastFrame) {
  const auto events = Code(
      "Samedi, des hommes armés ont attaqué le village de Toumour, près de Diffa, tuant douze "
      "habitants.\n\nLes assaillants ont incendié des maisons.\n\nL'attaque est survenue à la "
      "veille des élections.",
      "fr", "2020-12-14");
  EXPECT_EQ(events.size(), 1u);
}

TEST_F(EventCoderTest, AgreementNamedWithADeterminerIsNoNewEvent) {
  const EventRecord event =
      One("Lundi, des hommes armés ont attaqué un camp à Gao où vivent d'anciens combattants "
          "des groupes signataires de l'accord de paix.",
          "fr");
  EXPECT_EQ(event.event_type, "Battles");
  EXPECT_EQ(One("Lundi, les deux communautés ont signé un accord de paix à Mopti.", "fr").sub_event_type, "Agreement");
}

TEST_F(EventCoderTest, RoadIsPlacedAtItsFirstEndWhateverTheTownsBefore) {
  const EventRecord event =
      One("On Monday, gunmen abducted a Djibo trader on the road between Dori (Dori, Seno) and "
          "Gorgadji (Gorgadji, Seno).",
          "en");
  EXPECT_EQ(event.location, "Dori");
}

TEST_F(EventCoderTest, BareWoundingIsAnEvent) {
  EXPECT_EQ(One("On Monday, two traders were wounded near Gao.", "en").event_type, "Violence against civilians");
  EXPECT_EQ(One("On Monday, unknown gunmen wounded a Malian soldier near Gao.", "en").event_type, "Battles");
}

TEST_F(EventCoderTest, NegationAfterACommaLeavesTheEventStanding) {
  EXPECT_EQ(
      One("On Friday near Tessalit, soldiers and militants exchanged gunfire, no one was hurt.", "en").sub_event_type,
      "Armed clash");
  EXPECT_TRUE(Code("On Friday, soldiers and militants did not exchange fire near Tessalit.", "en").empty());
  EXPECT_TRUE(Code("Vendredi, le camp de Tessalit n'a pas été attaqué.", "fr").empty());
}

TEST_F(EventCoderTest, ComplexAttackIsAClash) {
  // ACLED codes a bomb or shells followed by an assault with small arms as the armed clash.
  const std::pair<const char*, const char*> reports[] = {
      {"On Sunday, militants carried out a complex attack on the army post in Ansongo.", "en"},
      {"On Sunday, a rocket barrage followed by gunfire hit the UN camp in Aguelhok.", "en"},
      {"Dimanche, une explosion suivie de tirs a visé le poste de l'armée à Ansongo.", "fr"},
  };
  for (const auto& [text, language] : reports) EXPECT_EQ(One(text, language).sub_event_type, "Armed clash") << text;
}

TEST_F(EventCoderTest, ComplexAttackOutranksItsSuicideBomb) {
  // The ground assault after a suicide car bomb names the incident; on civilians it is an attack.
  ExpectEach({{"On Friday, a suicide bomber drove a car bomb into the gate of the army camp in Gao, followed by an "
               "armed assault by a dozen gunmen.",
               "en"},
              {"Vendredi, un kamikaze a fait exploser un véhicule piégé contre le camp de l'armée à Gao, suivi d'un "
               "assaut des assaillants.",
               "fr"}},
             &EventRecord::sub_event_type, "Armed clash");
  EXPECT_EQ(One("On Friday, militants carried out a complex attack against a bus of traders near Gao.", "en").event_type,
            "Violence against civilians");
}

TEST_F(EventCoderTest, ClaimOfAnAttackTheArmyRepelledMakesTheClaimerTheDoer) {
  const EventRecord event =
      One("Lundi, l'armée malienne a repoussé une attaque complexe contre son camp de Léré. Le JNIM a "
          "revendiqué l'attaque.",
          "fr", "2022-03-08");
  EXPECT_EQ(event.actor1, "JNIM: Group for Support of Islam and Muslims");
  EXPECT_EQ(event.actor2, "Military Forces of Mali");
}

TEST_F(EventCoderTest, CountryAcrossABorderIsNoPlaceOfTheIncident) {
  EventRecord event =
      One("On Sunday, FAMa soldiers clashed with militants near Koro, close to the Burkina Faso border.", "en");
  EXPECT_EQ(event.location, "Koro");
  EXPECT_EQ(event.country, "Mali");
  event =
      One("Dimanche, des hommes armés ont attaqué une patrouille des FAMa près de la frontière avec le Niger.", "fr");
  EXPECT_EQ(event.country, "Mali");
  EXPECT_FALSE(event.located);
  // Its possessive, and the first of two countries joined by a hyphen, too.
  for (const char* text :
       {"On Sunday, Malian soldiers clashed with militants in a forest area near Burkina Faso's border.",
        "On Sunday, Malian soldiers clashed with militants near the Burkina-Niger border."}) {
    event = One(text, "en");
    EXPECT_EQ(event.country, "Mali") << text;
    EXPECT_FALSE(event.located) << text << ": " << event.location;
  }
  // "Mali's border with Burkina Faso" is Mali's side of it.
  EXPECT_EQ(One("On Sunday, soldiers detained 40 men in hamlets near Mali's border with Burkina Faso.", "en").country,
            "Mali");
}

TEST_F(EventCoderTest, ForcesAbroadDoNotGiveAnUnlocatedIncidentTheirCountry) {
  const EventRecord event =
      One("On Sunday, French Barkhane helicopters killed six ISGS militants in a Malian forest.", "en");
  EXPECT_NE(event.country, "France");
}

TEST_F(EventCoderTest, ReportNamingNoCountryLeansToTheFollowedCountries) {
  // data/lexicon/focus_countries.tsv: Comoe is a province of Burkina Faso and a district of
  // Côte d'Ivoire.
  EXPECT_EQ(One("On Tuesday, unidentified gunmen burned two shops in Comoe.", "en").country, "Burkina Faso");
  // A national actor of a followed country (Katiba Macina, Mali's) leaves the prior standing.
  EXPECT_EQ(One("On Tuesday, Katiba Macina militants burned two shops in Comoe.", "en").country, "Burkina Faso");
  // A nationality word replaces the prior.
  EXPECT_EQ(One("On Tuesday, Ivorian gendarmes arrested two smugglers in Comoe.", "en").country, "Ivory Coast");
}

TEST_F(EventCoderTest, TownAbroadGivesWayToAFollowedCountryWhenNoCountryLeads) {
  // Salem is an American town; Gao, in a country the deployment follows, is the place.
  EXPECT_EQ(One("On Monday, gunmen abducted a trader in Salem, north of Gao.", "en").location, "Gao");
}

TEST_F(EventCoderTest, DescriptionAfterANamesBracketedAllianceIsThatName) {
  // "Katiba Serma (JNIM) militants": the unit is the doer, its alliance the associated actor,
  // and "militants" no unidentified group of its own.
  const EventRecord event = One("On Monday, Katiba Serma (JNIM) militants abducted two traders near Boni.", "en");
  EXPECT_EQ(event.actor1, "Katiba Serma");
  EXPECT_EQ(event.assoc_actor_1, "JNIM: Group for Support of Islam and Muslims");
}

TEST_F(EventCoderTest, DeadOfTwoJoinedCountsAreSummed) {
  EXPECT_EQ(One("Lundi, quinze soldats et deux civils ont été tués dans une attaque près de Djibo.", "fr").fatalities,
            17);
  EXPECT_EQ(One("On Monday, three soldiers and two civilians were killed in an ambush near Gao.", "en").fatalities, 5);
  // A range is no sum, nor are the wounded.
  EXPECT_NE(One("On Monday, between 10 and 20 people were killed in an attack near Gao.", "en").fatalities, 30);
  EXPECT_EQ(One("On Monday, gunmen attacked a post near Gao: 4 soldiers wounded and 1 dead.", "en").fatalities, 1);
}

TEST_F(EventCoderTest, DeadOfTwoJoinedCountsAreSummedWhateverTheFirstNounsModifiers) {
  EXPECT_EQ(One("Lundi, trois gendarmes du poste de Kona et deux civils ont été tués près de Mopti.", "fr").fatalities,
            5);
  EXPECT_EQ(
      One("On Monday, two French soldiers of the Barkhane force and a Malian interpreter were killed near Gao.", "en")
          .fatalities,
      3);
}

TEST_F(EventCoderTest, FigureOfTheWoundedAfterTheDeathWordIsNoToll) {
  // The figure after "killed" counts the wounded: the toll is the figure before, across a
  // bracketed aside.
  EXPECT_EQ(One("On Monday, 4 GATIA fighters (members of the Platform) were killed and at least 7 wounded in an "
                "attack near Gao.",
                "en")
                .fatalities,
            4);
  EXPECT_EQ(One("Lundi, 3 gendarmes (dont un officier) ont été tués et 9 blessés dans une attaque près de Gao.", "fr")
                .fatalities,
            3);
  EXPECT_EQ(One("On Monday, gunmen attacked a post near Gao: soldiers were killed and 6 wounded.", "en").fatalities, 0);
  EXPECT_EQ(One("On Monday, gunmen attacked a post near Gao, killing 5 soldiers.", "en").fatalities, 5);
}

TEST_F(EventCoderTest, AttackersDeadAddToTheirVictims) {
  EXPECT_EQ(One("On Monday, gunmen attacked an army post near Gao, killing three soldiers, and the army said eleven "
                "assailants were killed.",
                "en")
                .fatalities,
            14);
  EXPECT_EQ(One("Lundi, des hommes armés ont tué trois soldats près de Gao et l'armée a tué cinq assaillants.", "fr")
                .fatalities,
            8);
  // The figure's noun may hold a few words ("four of the assailants").
  EXPECT_EQ(
      One("On Sunday, four of the assailants were later killed by special forces at a hotel in Bamako.", "en").fatalities,
      4);
  // Attackers among the dead are counted once.
  EXPECT_EQ(One("Lundi, 20 personnes ont été tuées, dont 3 assaillants, dans une attaque près de Gao.", "fr").fatalities,
            20);
}

TEST_F(EventCoderTest, FrenchVerbsOfKillingCountTheDead) {
  EXPECT_EQ(One("Lundi, des hommes armés ont exécuté 12 civils près de Djibo.", "fr").fatalities, 12);
  EXPECT_EQ(One("Lundi, des hommes armés ont égorgé 4 bergers près de Djibo.", "fr").fatalities, 4);
}

TEST_F(EventCoderTest, KillingOfOnePersonNamedWithAnArticleIsOneDead) {
  EXPECT_EQ(One("On Monday, gunmen assassinated the deputy mayor of Boni at his home.", "en").fatalities, 1);
  EXPECT_EQ(One("Lundi, des hommes armés ont abattu le chef du village de Toupéré.", "fr").fatalities, 1);
  // Plural, or two people joined by "and": no figure to read.
  EXPECT_EQ(One("On Monday, gunmen killed the chiefs of two villages near Boni.", "en").fatalities, 0);
  EXPECT_EQ(One("On Monday, gunmen killed the mayor and his driver near Boni.", "en").fatalities, 0);
}

TEST_F(EventCoderTest, OnePersonFoundDeadOrSuccumbingIsOneDead) {
  EXPECT_EQ(
      One("On Sunday, gunmen abducted the chief of a village near Gao. He was later found dead.", "en").fatalities, 1);
  EXPECT_EQ(One("Dimanche, des hommes armés ont enlevé le chef d'un village près de Gao. Il a été retrouvé mort.", "fr")
                .fatalities,
            1);
  EXPECT_EQ(One("On Sunday, gunmen ambushed an army patrol near Gao. The soldier they wounded later succumbed to his "
                "injuries.",
                "en")
                .fatalities,
            1);
}

TEST_F(EventCoderTest, AirGroundOperationIsAClash) {
  // ACLED codes an operation of air strikes and troops on the ground as an armed clash.
  const std::pair<const char*, const char*> reports[] = {
      {"On Friday, French forces carried out a combined air-ground operation with airstrikes against ISGS militants "
       "near Menaka.",
       "en"},
      {"Vendredi, l'armée a mené une opération aéroterrestre avec des frappes aériennes contre des jihadistes près de "
       "Tessit.",
       "fr"},
  };
  for (const auto& [text, language] : reports) EXPECT_EQ(One(text, language).sub_event_type, "Armed clash") << text;
  EXPECT_EQ(
      One("On Friday, French aircraft carried out airstrikes against ISGS militants near Menaka.", "en").sub_event_type,
      "Air/drone strike");
}

TEST_F(EventCoderTest, RiotDispersedByThePoliceIsStillARiot) {
  EXPECT_EQ(One("On Sunday, police fired tear gas to disperse protesters who had burned tires in Bamako.", "en")
                .sub_event_type,
            "Violent demonstration");
  EXPECT_EQ(One("On Sunday, police fired tear gas to disperse protesters in Bamako.", "en").sub_event_type,
            "Protest with intervention");
}

TEST_F(EventCoderTest, RaidTheAttackedFoughtBackIsAClash) {
  // ACLED codes villagers who take up arms to defend themselves as a militia.
  ExpectEach(
      {{"On Sunday, armed men raided a hamlet near Mopti, but the villagers fought back.", "en"},
       {"Dimanche, des hommes armés ont attaqué un hameau près de Mopti, mais l'attaque a été repoussée.", "fr"}},
      &EventRecord::event_type, "Battles");
  EXPECT_EQ(One("On Sunday, armed men raided a hamlet near Mopti.", "en").event_type, "Violence against civilians");
}

TEST_F(EventCoderTest, ControlOfThePlaceRegainedAfterAnAttackIsNoTerritoryChange) {
  // The defenders held their post: the attack was fought off, no place changed hands.
  const EventRecord event = One(
      "Mardi, des assaillants ont attaqué le camp militaire de Tessalit. Les soldats venus en renfort ont repris le "
      "contrôle de la situation dans la soirée.",
      "fr");
  EXPECT_EQ(event.sub_event_type, "Armed clash");
}

TEST_F(EventCoderTest, AnniversaryOfAnIncidentIsNoEvent) {
  EXPECT_TRUE(Code("Trois ans après l'attaque du camp de Boulkessi, les familles des soldats réclament toujours des "
                   "réponses.",
                   "fr")
                  .empty());
  EXPECT_TRUE(Code("Un an après la tuerie de Yirgou, les déplacés vivent toujours à Kaya.", "fr").empty());
}

TEST_F(EventCoderTest, UndatedPluperfectPassiveRecallsAnEarlierIncident) {
  const EventRecord event = One(
      "Lundi, des hommes armés ont tué quatre bergers près de Djibo. Plusieurs commerçants avaient été enlevés dans "
      "la même zone.",
      "fr");
  EXPECT_EQ(event.sub_event_type, "Attack");
  EXPECT_EQ(event.fatalities, 4);
  // With a day of its own, the incident is news.
  EXPECT_EQ(One("Un poste de police avait été attaqué lundi à Djibo.", "fr").event_date, "2018-09-24");
}

TEST_F(EventCoderTest, GroupsOfYouthsWhoBurnAreRioters) {
  const EventRecord event = One("Dimanche à Maradi, des groupes de jeunes ont brûlé plusieurs commerces.", "fr");
  EXPECT_EQ(event.sub_event_type, "Violent demonstration");
  EXPECT_EQ(event.actor1, "Rioters (Niger)");
}

TEST_F(EventCoderTest, TollToldAfterARiotIsTheRiots) {
  EXPECT_EQ(One("Lundi à Maradi, des manifestants ont saccagé et incendié plusieurs bâtiments publics. Le bilan de "
                "ces troubles est de trois morts.",
                "fr")
                .fatalities,
            3);
}

TEST_F(EventCoderTest, RevisedTollReplacesTheFirst) {
  EXPECT_EQ(One("Lundi, des hommes armés ont attaqué le village de Koro. Un premier bilan faisait état de deux morts. "
                "Le nombre de morts a été porté à quatre dans la soirée.",
                "fr")
                .fatalities,
            4);
}

TEST_F(EventCoderTest, ComplementOfTheVictimsNounKeepsTheFigureNearItsVerb) {
  EXPECT_EQ(One("Mardi, un garde forestier et deux employés de la société minière ont été tués près de Kaya.", "fr")
                .fatalities,
            3);
  EXPECT_EQ(One("On Tuesday, three members of the local defence militia were killed near Kaya.", "en").fatalities, 3);
}

TEST_F(EventCoderTest, ForcesAnnouncingTheyEnteredATownTookIt) {
  const EventRecord event = One("Lundi, l'armée malienne a annoncé être entrée dans Ber, près de Tombouctou.", "fr");
  EXPECT_EQ(event.sub_event_type, "Government regains territory");
  EXPECT_EQ(event.location, "Ber");
}

TEST_F(EventCoderTest, WorkersAmbushedAreCivilians) {
  ExpectEach(
      {{"Mercredi, un car transportant des ouvriers d'une usine est tombé dans une embuscade près de Kaya.", "fr"},
       {"Mercredi, des employés d'une société de téléphonie sont tombés dans une embuscade près de Kaya.", "fr"}},
      &EventRecord::event_type, "Violence against civilians");
}

TEST_F(EventCoderTest, NextDayCountsFromTheDayNamedBefore) {
  // 2018-09-26 is a Wednesday: Monday is the 24th, the day after it the 25th.
  const auto events = Code(
      "Lundi, des hommes armés ont tué trois bergers près de Gao. Le lendemain, un engin explosif a visé un car près "
      "de Tombouctou.",
      "fr");
  ASSERT_EQ(events.size(), 2u);
  EXPECT_EQ(events[1].location, "Timbuktu");
  EXPECT_EQ(events[1].event_date, "2018-09-25");
}

TEST_F(EventCoderTest, KillingWithItsOwnDayAndAFarPlaceIsAnotherIncident) {
  // The sentence between names no place; the incident keeps the place it was first given.
  const auto events = Code(
      "Mardi, des hommes armés ont attaqué un hameau près de Ménaka, tuant dix civils. Plusieurs d'entre eux ont été "
      "tués dans les combats qui ont suivi. Le même jour, deux bergers ont été tués à Bandiagara.",
      "fr");
  ASSERT_EQ(events.size(), 2u);
  EXPECT_EQ(events[1].location, "Bandiagara");
  EXPECT_EQ(events[1].fatalities, 2);
}

TEST_F(EventCoderTest, PlaceNameInQuotesNamesAThingNotThePlace) {
  ExpectEach({{"Mardi, le bac « Gao » a été attaqué par des hommes armés près de Bourem.", "fr"},
              {"On Tuesday, gunmen attacked the ferry \"Gao\" near Bourem.", "en"}},
             &EventRecord::location, "Bourem");
}

TEST_F(EventCoderTest, AttackOnAnotherTargetToldWithAussiIsAnotherIncident) {
  auto events = Code(
      "Mardi, des hommes armés ont attaqué un car de voyageurs près de Djibo. Au même moment, le poste de gendarmerie "
      "de Djibo a lui aussi été attaqué.",
      "fr");
  ASSERT_EQ(events.size(), 2u);
  EXPECT_EQ(events[0].event_type, "Violence against civilians");
  EXPECT_EQ(events[1].event_type, "Battles");
  // Told with no place or day of its own, it happened at the report's place and time.
  events = Code(
      "Lundi, des assaillants ont attaqué le détachement militaire de Kaya. Ils s'en sont aussi pris aux habitants de "
      "la ville.",
      "fr");
  ASSERT_EQ(events.size(), 2u);
  EXPECT_EQ(events[1].event_type, "Violence against civilians");
  EXPECT_EQ(events[1].location, "Kaya");
  // A death told with "également" is still the attack's.
  EXPECT_EQ(
      One("Lundi, des assaillants ont attaqué le détachement militaire de Kaya. Un soldat a également été tué.", "fr")
          .fatalities,
      1);
}

TEST_F(EventCoderTest, FigureAfterACommaIsNotTheTollOfTheVerbBefore) {
  EXPECT_EQ(One("Lundi, des hommes armés ont attaqué un poste de police à Gao. Des policiers ont été tués, et trois "
                "véhicules ont été incendiés.",
                "fr")
                .fatalities,
            0);
}

TEST_F(EventCoderTest, AttackVerbJoinedToAVerbOfDamageIsPropertyDestruction) {
  ExpectEach({{"On Tuesday, gunmen attacked and looted a health centre in Gao.", "en"},
              {"Mardi, des hommes armés ont attaqué et incendié la mairie de Gao.", "fr"}},
             &EventRecord::sub_event_type, "Looting/property destruction");
  // Shots at people, or damage done to people, stay violence against civilians.
  ExpectEach({{"On Tuesday, gunmen opened fire and burned a shop in Gao.", "en"},
              {"On Tuesday, gunmen assaulted and robbed traders in Gao.", "en"}},
             &EventRecord::event_type, "Violence against civilians");
}

TEST_F(EventCoderTest, AbductionInAnAttacksSentenceIsOneIncident) {
  // A raid to take people is the abduction...
  ExpectEach(
      {{"On Monday night, gunmen stormed a secondary school in Maiduguri and abducted dozens of pupils.", "en"},
       {"Lundi soir, des hommes armés ont attaqué le village de Sollé, près de Mopti, et enlevé six bergers.", "fr"}},
      &EventRecord::sub_event_type, "Abduction/forced disappearance");
  // ...an attack that also kills is the attack.
  EXPECT_EQ(One("On Monday, gunmen attacked a hamlet near Mopti, killing two herders and abducting four others.", "en")
                .sub_event_type,
            "Attack");
}

TEST_F(EventCoderTest, SoldierKilledAtHomeOrAtPrayerIsACivilian) {
  ExpectEach({{"On Friday, gunmen shot dead a police sergeant outside the mosque in Gao.", "en"},
              {"Vendredi, un gendarme du poste de Léré a été abattu à son domicile.", "fr"}},
             &EventRecord::event_type, "Violence against civilians");
  EXPECT_EQ(One("On Friday, gunmen killed a soldier in Gao.", "en").event_type, "Battles");
}

TEST_F(EventCoderTest, ArrestWithTortureIsAnAttackOnCivilians) {
  ExpectEach({{"On Tuesday, soldiers arrested and tortured three herders near Boni.", "en"},
              {"Mardi, des gendarmes ont arrêté et torturé deux commerçants à Djibo.", "fr"},
              {"On Tuesday, two herders were beaten by soldiers near Boni.", "en"}},
             &EventRecord::sub_event_type, "Attack");
}

TEST_F(EventCoderTest, FigureRightAfterTheVerbOfKillingIsTheToll) {
  EXPECT_EQ(One("A roadside bomb killed four UN peacekeepers near Aguelhok on Sunday.", "en").fatalities, 4);
  EXPECT_EQ(One("Un engin explosif a tué quatre soldats près de Gao dimanche.", "fr").fatalities, 4);
  EXPECT_EQ(One("Three gunmen killed two soldiers near Gao on Sunday.", "en").fatalities, 2);
  // A figure right before the verb is still its count.
  EXPECT_EQ(One("On Sunday, gunmen ambushed a patrol near Gao: 8 killed, 2 vehicles burned.", "en").fatalities, 8);
}

TEST_F(EventCoderTest, FirstMentionToldWithAnArticleNamesItsIncident) {
  // Nothing was told before: "l'explosion", "the explosion" point back to nothing.
  ExpectEach({{"Quatre soldats ont été tués dimanche dans l'explosion d'une mine près de Gao.", "fr"},
              {"On Sunday, the explosion of a roadside bomb killed four soldiers near Gao.", "en"}},
             &EventRecord::sub_event_type, "Remote explosive/landmine/IED");
  // The soldiers who were killed are no doer of the explosion.
  EXPECT_EQ(One("Quatre soldats ont été tués dimanche dans l'explosion d'une mine près de Gao.", "fr").actor2,
            "Military Forces of Mali");
}

TEST_F(EventCoderTest, FrenchCompoundTenseOfFiringOnACrowdIsOneExcessiveForce) {
  EXPECT_EQ(One("Dimanche, les gendarmes ont ouvert le feu sur des manifestants à Kankan, tuant deux personnes.", "fr")
                .sub_event_type,
            "Excessive force against protesters");
  EXPECT_EQ(One("Dimanche, la police a tiré sur la foule à Kankan.", "fr").sub_event_type,
            "Excessive force against protesters");
}

TEST_F(EventCoderTest, NilTollCancelsNoEventButWhatItLists) {
  ExpectEach({{"No casualties were reported after Monday's attack on an army camp in Gossi.", "en"},
              {"Aucune victime n'a été signalée après l'attaque de lundi contre le camp militaire de Gossi.", "fr"}},
             &EventRecord::event_type, "Battles");
  EXPECT_TRUE(Code("There were no casualties or clashes reported in Gossi on Monday.", "en").empty());
}

TEST_F(EventCoderTest, PossessiveDateAfterAVerbOfReportingDatesTheIncident) {
  EXPECT_EQ(One("Officials said Saturday's attack on an army camp in Gossi killed two soldiers.", "en", "2023-02-21")
                .event_date,
            "2023-02-18");
  // A date of its own after the verb still dates the report, not the incident.
  EXPECT_EQ(
      One("The army said on Monday that an attack on its camp in Gossi had killed two soldiers.", "en", "2023-02-21")
          .event_date,
      "2023-02-21");
}

TEST_F(EventCoderTest, EnemiesNeutralisedInAParticipleClauseAreTheToll) {
  EXPECT_EQ(
      One("Lundi, l'aviation a frappé une base jihadiste près de Tessit, neutralisant une vingtaine de combattants.",
          "fr")
          .fatalities,
      20);
  EXPECT_EQ(One("On Monday, the air force struck a jihadist base near Tessit, neutralising about 20 fighters.", "en")
                .fatalities,
            20);
}

TEST_F(EventCoderTest, GrenadeOrBombDefusedIsDisruptedWeaponsUse) {
  ExpectEach({{"On Friday, a hand grenade was found near the market in Gao and soldiers defused the device.", "en"},
              {"On Friday, the army discovered and dismantled an IED on the road near Gao.", "en"}},
             &EventRecord::sub_event_type, "Disrupted weapons use");
}

TEST_F(EventCoderTest, TakeoverWithoutAFightIsANonViolentTransfer) {
  ExpectEach(
      {{"On Sunday, JNIM fighters took control of the town of Boni without a fight after the army withdrew.", "en"},
       {"Dimanche, les jihadistes ont pris le contrôle de Boni sans combat, après le retrait de l'armée.", "fr"}},
      &EventRecord::sub_event_type, "Non-violent transfer of territory");
  EXPECT_EQ(One("On Sunday, JNIM fighters took control of the town of Boni after heavy fighting.", "en").sub_event_type,
            "Non-state actor overtakes territory");
}

TEST_F(EventCoderTest, RelativeDateWithoutAPublicationDateDatesNothing) {
  const std::string text =
      "Niger's army said on Wednesday that nine soldiers were killed in Tuesday's ambush near Ouallam. "
      "In March 2018, gunmen killed four soldiers in the same area.";
  // Undated: "Tuesday" is no day, so the ambush is not coded, and it does not take March 2018.
  ExtractedArticle article;
  article.doc = "test";
  article.text = text;
  article.language = "en";
  const CodedDocument coded = coder_->Code(article);
  ASSERT_EQ(coded.events.size(), 1u);
  EXPECT_EQ(coded.events[0].event_date, "2018-03-01");
  EXPECT_EQ(coded.events[0].fatalities, 4);
  EXPECT_TRUE(std::any_of(coded.notes.begin(), coded.notes.end(),
                          [](const std::string& note) { return note.find("\"Tuesday\"") != std::string::npos; }));
  // Dated: March 2018 is background, and Tuesday the ambush's day.
  const EventRecord dated = One(text, "en", "2019-05-16");
  EXPECT_EQ(dated.event_date, "2019-05-14");
  EXPECT_EQ(dated.fatalities, 9);
}

TEST_F(EventCoderTest, UndatedIncidentDoesNotTakeTheDateOfALaterOne) {
  // 2018-09-26 is a Wednesday: Monday is the bombing's day, not the checkpoint attack's.
  const auto events = Code(
      "Gunmen attacked a gendarmerie checkpoint in Gao, killing two gendarmes. On Monday, a bomb exploded near a "
      "market in Kidal, killing five civilians.",
      "en");
  ASSERT_EQ(events.size(), 2u);
  for (const EventRecord& event : events) {
    if (event.location == "Kidal") {
      EXPECT_EQ(event.event_date, "2018-09-24");
    } else {
      EXPECT_EQ(event.location, "Gao");
      EXPECT_EQ(event.event_date, "2018-09-26");
      EXPECT_EQ(event.time_precision, 2);
    }
  }
}

TEST_F(EventCoderTest, EarlierMonthToldAsBackgroundIsNoEvent) {
  // Published 2018-09-26. "In July" is long past, "in August" last month but recalled.
  EXPECT_EQ(Code("On Monday, gunmen killed four herders near Tenenkou. In July, twelve soldiers were killed in "
                 "an ambush near Boni.",
                 "en")
                .size(),
            1u);
  EXPECT_EQ(Code("On Monday, gunmen killed four herders near Tenenkou. The attack came a month after nine "
                 "soldiers were killed near Boni in August.",
                 "en")
                .size(),
            1u);
}

TEST_F(EventCoderTest, OccasionOfAVerbHasTheVerbsDoer) {
  // The soldiers named after "killed" are its victims, not the doers of the raid.
  const EventRecord event =
      One("On Sunday, gunmen killed 14 Malian soldiers in a dawn raid on an army camp near Diafarabe.", "en");
  EXPECT_EQ(event.actor1, "Unidentified Armed Group (Mali)");
  EXPECT_EQ(event.actor2, "Military Forces of Mali");
  EXPECT_EQ(event.event_type, "Battles");
  // A passive verb says nothing of the raid's doer.
  const EventRecord passive =
      One("On Sunday, 30 villagers were killed in a raid on a hamlet near Diafarabe, the governor said.", "en");
  EXPECT_EQ(passive.event_type, "Violence against civilians");
}

TEST_F(EventCoderTest, CiviliansWhoTellTheStoryAreNotItsVictims) {
  // Gendarmes attacked; a villager speaks: a clash, not violence against civilians.
  const EventRecord event =
      One("On Sunday, jihadists attacked a gendarmerie post near Diafarabe. \"We heard gunfire all night,\" a villager "
          "said.",
          "en");
  EXPECT_EQ(event.event_type, "Battles");
  // A victim with a word of hearsay after it is still the victim.
  EXPECT_EQ(One("On Sunday, a trader was reportedly killed by gunmen near Diafarabe.", "en").event_type,
            "Violence against civilians");
}

TEST_F(EventCoderTest, VillageAttackedIsItsPeople) {
  // The raid on a village is violence against civilians, though a militia post was hit first.
  EXPECT_EQ(One("Officials said that 25 people had been killed in a raid on the village of Mansila near Sebba. The "
                "attackers first shot at a post of the VDP militia.",
                "en")
                .event_type,
            "Violence against civilians");
  // A village named as a place is no victim.
  EXPECT_EQ(
      One("On Saturday, soldiers clashed with jihadists near the village of Mansila, close to Sebba.", "en").event_type,
      "Battles");
}

TEST_F(EventCoderTest, SigningTheAgreementIsAnAgreement) {
  // A verb of signing before "the agreement" makes it a new signing, not one already known.
  EXPECT_EQ(One("The rebel alliance signed the peace agreement in Bamako on Saturday.", "en").sub_event_type,
            "Agreement");
  EXPECT_EQ(One("Samedi, la coalition rebelle a signé l'accord de paix à Bamako.", "fr").sub_event_type, "Agreement");
}

TEST_F(EventCoderTest, CrowdThatStormsIsOneRiotWithItsDemonstration) {
  const auto events =
      Code("On Thursday, protesters stormed the town hall of Kaya and set it on fire, witnesses said.", "en");
  ASSERT_EQ(events.size(), 1u);
  EXPECT_EQ(events[0].sub_event_type, "Violent demonstration");
}

TEST_F(EventCoderTest, ShellsBesideADeadlyAssaultAreItsMeans) {
  // The shooting killed; the grenades killed no one of their own: the attack names it.
  EXPECT_EQ(One("On Saturday, a gunman opened fire at a bar in Bamako, killing four people. He also threw grenades "
                "before fleeing.",
                "en")
                .sub_event_type,
            "Attack");
  // A barrage alone stays shelling.
  EXPECT_EQ(
      One("On Saturday, several mortar shells hit the army camp in Gao, killing one soldier.", "en").sub_event_type,
      "Shelling/artillery/missile attack");
}

TEST_F(EventCoderTest, TollRevisedInALaterSentenceReplacesTheFirst) {
  EXPECT_EQ(One("On Saturday, gunmen attacked the village of Dalori near Maiduguri. Officials first said 30 people "
                "had been killed. The toll was later revised to 44.",
                "en")
                .fatalities,
            44);
  EXPECT_EQ(One("Samedi, des hommes armés ont attaqué un village près de Djibo. Un premier bilan faisait état de 12 "
                "morts. Le bilan a été porté à 19 dimanche.",
                "fr")
                .fatalities,
            19);
}

TEST_F(EventCoderTest, IncidentNamedByAPastYearIsBackground) {
  // Published 2018-09-26: the trial is news, the 2012 attack it judges is not.
  EXPECT_TRUE(Code("On Tuesday, a court in Bamako sentenced two men over the 2012 attack on the garrison of "
                   "Aguelhok.",
                   "en")
                  .empty());
  EXPECT_TRUE(
      Code("Mardi, un tribunal de Bamako a condamné deux hommes pour l'attaque de 2012 contre la garnison d'Aguelhok.",
           "fr")
          .empty());
}

TEST_F(EventCoderTest, CountryNamedInPassingDoesNotSplitAnIncident) {
  // "in Nigeria" places the coordinator's sentence in the country of the town: one incident.
  EXPECT_EQ(Code("Militants killed 20 farmers near Damboa on Saturday. The UN coordinator in Nigeria said on "
                 "Sunday that at least 40 civilians had been killed.",
                 "en", "2020-11-30")
                .size(),
            1u);
}

TEST_F(EventCoderTest, WarplanesOfACountryAreItsForces) {
  EXPECT_EQ(One("On Sunday, French warplanes struck jihadist positions near Gao.", "en").actor1,
            "Military Forces of France");
  EXPECT_EQ(One("Dimanche, des avions maliens ont bombardé des positions jihadistes près de Gao.", "fr").actor1,
            "Military Forces of Mali");
}

TEST_F(EventCoderTest, HarmToldWithAPointerBelongsToTheIncidentPointedTo) {
  // The killing, told two sentences later "au cours du rapt", is the abduction's toll.
  const EventRecord event =
      One("Un élu local a été enlevé mercredi près de Niafunké. Son véhicule a été intercepté par des hommes armés "
          "près de Koumaïra. Son chauffeur a été tué au cours du rapt.",
          "fr", "2020-03-26");
  EXPECT_EQ(event.sub_event_type, "Abduction/forced disappearance");
  EXPECT_EQ(event.fatalities, 1);
}

TEST_F(EventCoderTest, VagueFigureInTheCountedNounsComplementIsNoToll) {
  EXPECT_EQ(One("Au moins vingt personnes de plusieurs nationalités ont été tuées vendredi dans l'attaque d'un "
                "hôtel de Bamako.",
                "fr", "2015-11-21")
                .fatalities,
            20);
  EXPECT_EQ(One("At least 20 people of several nationalities were killed on Friday in an attack on a hotel in "
                "Bamako.",
                "en", "2015-11-21")
                .fatalities,
            20);
}

TEST_F(EventCoderTest, BuildingRetakenIsNoTerritory) {
  const auto events = Code(
      "Samedi, des soldats ont repris le contrôle de l'hôtel de Sévaré après une nuit de siège par des jihadistes.",
      "fr");
  for (const EventRecord& event : events) EXPECT_NE(event.sub_event_type, "Government regains territory");
  EXPECT_EQ(One("On Saturday, soldiers retook control of the town of Boni from jihadists.", "en").sub_event_type,
            "Government regains territory");
}

TEST_F(EventCoderTest, TheOtherSidesDeadToldApartAddUp) {
  EXPECT_EQ(One("Ten soldiers were killed on Monday when jihadists attacked an army camp near Boni. The army said 30 "
                "of the attackers were killed in the fighting.",
                "en")
                .fatalities,
            40);
  EXPECT_EQ(One("Lundi, sept soldats ont été tués lors d'une attaque contre le camp de Boni. Selon l'armée, vingt "
                "assaillants ont été neutralisés.",
                "fr")
                .fatalities,
            27);
  // Not what the group says it killed, nor a vague count.
  EXPECT_EQ(One("On Monday, fifteen JNIM militants were killed in an army raid near Boni. JNIM says the raid killed "
                "11 soldiers.",
                "en")
                .fatalities,
            15);
  EXPECT_EQ(One("Ten soldiers were killed on Monday when jihadists attacked an army camp near Boni. A number of "
                "attackers were also killed.",
                "en")
                .fatalities,
            10);
}

TEST_F(EventCoderTest, PastDateSetOffByACommaAfterTheTriggerIsItsOwn) {
  // ", in March 2015" dates the abduction before it: background.
  EXPECT_EQ(Code("On Monday, gunmen kidnapped a trader near Gao. A nurse working in Kidal had been abducted once "
                 "before, in March 2015, by the same group.",
                 "en")
                .size(),
            1u);
}

TEST_F(EventCoderTest, FigureAfterTheArticleOfAVerbsObjectIsItsDead) {
  // 12 diners and the two attackers: 14, as ACLED counts every death.
  EXPECT_EQ(One("Gunmen opened fire on diners at a café in Bamako on Sunday, killing 12 people before soldiers killed "
                "the two attackers.",
                "en")
                .fatalities,
            14);
}

TEST_F(EventCoderTest, GroupsClaimedTollGivesWayToAnotherSources) {
  EXPECT_EQ(One("Islamic State has claimed an attack on an army post near Djibo, saying its fighters killed 60 "
                "soldiers. Local sources said at least 40 soldiers were killed in Monday's assault.",
                "en")
                .fatalities,
            40);
}

TEST_F(EventCoderTest, BomberWhoKilledOnlyHimselfIsOneDead) {
  EXPECT_EQ(
      One("On Friday, a suicide bomber blew himself up at a checkpoint in Gao, killing only himself.", "en").fatalities,
      1);
}

TEST_F(EventCoderTest, MonthMayIsNoModalVerb) {
  // "May 27" in the dateline cancelled every trigger of the sentence as a hypothesis.
  EXPECT_EQ(One("OUAGADOUGOU, May 27 (Agency) - Gunmen killed four worshippers during Sunday Mass in the village "
                "of Toulfé near Titao.",
                "en", "2019-05-27")
                .fatalities,
            4);
  // The modal verb still is one.
  EXPECT_TRUE(Code("Officials fear that gunmen may attack the market in Titao.", "en", "2019-05-27").empty());
}

TEST_F(EventCoderTest, TwoCountsOfTheVerbsObjectAddUp) {
  EXPECT_EQ(One("On Sunday, gunmen killed a pastor and five worshippers at a church near Djibo.", "en").fatalities, 6);
  EXPECT_EQ(One("Dimanche, des hommes armés ont tué un imam et trois fidèles près de Djibo.", "fr").fatalities, 4);
  // A range is no second count.
  EXPECT_EQ(
      One("On Sunday, soldiers killed ten children between five and thirteen years old near Djibo.", "en").fatalities,
      10);
}

TEST_F(EventCoderTest, DatelineOfAPlaceInSeveralTokensDatesTheReportOnly) {
  // 2020-03-25 is a Wednesday: the attack was on Monday, not on the dateline's day.
  EXPECT_EQ(One("N'DJAMENA, March 25 (Agency) - Gunmen killed nine soldiers near Bol on Monday.", "en", "2020-03-25")
                .event_date,
            "2020-03-23");
  EXPECT_EQ(One("BOBO-DIOULASSO, 25 mars (Agence) - Des hommes armés ont tué neuf soldats lundi près de Banfora.", "fr",
                "2020-03-25")
                .event_date,
            "2020-03-23");
}

TEST_F(EventCoderTest, IncidentTheNewsCameAFewDaysAfterIsBackground) {
  // The gendarmes killed days before are no part of the massacre, nor an event of this report.
  const EventRecord event =
      One("Gunmen went on a killing spree in Seytenga on Saturday, and 40 bodies have been found. The killings came a "
          "few days after 11 gendarmes were killed in an attack on the same town.",
          "en", "2022-06-14");
  EXPECT_EQ(event.event_type, "Violence against civilians");
  EXPECT_EQ(event.fatalities, 40);
}

TEST_F(EventCoderTest, ForcesAndCiviliansKilledTogetherAreTheSideAttacked) {
  // None of the dead is the doer; the forces among them make it a fight, the civilian counted in it.
  for (const auto& [text, language] : std::initializer_list<std::pair<const char*, const char*>>{
           {"Deux policiers et un commerçant ont perdu la vie mardi à Koutiala.", "fr"},
           {"Des assaillants ont visé le poste mardi à Koutiala. Deux policiers et un commerçant ont été tués.", "fr"},
           {"Two policemen and a trader were killed on Tuesday in Koutiala.", "en"}}) {
    const EventRecord event = One(text, language);
    EXPECT_EQ(event.event_type, "Battles") << text;
    EXPECT_EQ(event.actor2, "Police Forces of Mali") << text;
    EXPECT_EQ(event.fatalities, 3) << text;
  }
}

TEST_F(EventCoderTest, CrowdThatAssaultsSomeoneRiots) {
  EXPECT_EQ(One("Des manifestants ont agressé mardi le gouverneur devant la mairie de Kayes.", "fr").sub_event_type,
            "Violent demonstration");
  EXPECT_EQ(One("Le gouverneur a été agressé mardi à Kayes par des manifestants.", "fr").sub_event_type,
            "Violent demonstration");
}

TEST_F(EventCoderTest, AsideThatCountsTheDeadAgainByKindKeepsTheToll) {
  EXPECT_EQ(One("Douze commerçants, sept Maliens et cinq Burkinabè, ont été tués mardi près de Koro.", "fr").fatalities,
            12);
}

TEST_F(EventCoderTest, PhraseListedAsNoEventHidesTheTriggerInsideIt) {
  // "un rassemblement" is a protest, "un rassemblement religieux" none; a vehicle stopped is no
  // seizure of weapons.
  EXPECT_TRUE(Code("Mardi, des soldats ont intercepté près de Koro un car qui conduisait des pèlerins à un "
                   "rassemblement religieux à Mopti.",
                   "fr")
                  .empty());
}

TEST_F(EventCoderTest, CrimeACourtTriesIsNoEventOfTheTrialsDay) {
  EXPECT_TRUE(Code("Le procès s'ouvre ce mercredi à Mopti. Six hommes doivent répondre de l'enlèvement de deux "
                   "commerçants.",
                   "fr")
                  .empty());
  EXPECT_TRUE(
      Code("The trial opened in Mopti on Wednesday. Six men are on trial for the abduction of two traders.", "en")
          .empty());
  // Also when the sentence names the day of the verdict.
  EXPECT_TRUE(
      Code("La cour a condamné vendredi six hommes reconnus coupables d'attentat contre l'État.", "fr").empty());
}

TEST_F(EventCoderTest, AttackOnATargetNamedWithAnIndefiniteArticleIsANewIncident) {
  const auto events = Code(
      "Samedi, des hommes armés ont attaqué le poste de Léré. Dimanche, trois soldats ont été tués lors de l'attaque "
      "d'un camp à Ménaka.",
      "fr", "2018-01-29");
  ASSERT_EQ(events.size(), 2u);
  EXPECT_EQ(events[1].location, "Ménaka");
  EXPECT_EQ(events[1].fatalities, 3);
}

TEST_F(EventCoderTest, GatheringOfArmedMenIsNoDemonstration) {
  for (const EventRecord& event :
       Code("Mardi près de Tenenkou, l'armée a visé un rassemblement de la katiba Macina. Une vingtaine de terroristes "
            "ont été mis hors de combat.",
            "fr")) {
    EXPECT_NE(event.event_type, "Protests");
  }
  const EventRecord event =
      One("Mardi près de Tenenkou, une vingtaine de terroristes ont été mis hors de combat par l'armée.", "fr");
  EXPECT_EQ(event.fatalities, 20);
}

TEST_F(EventCoderTest, DateAfterAParticipleOfTheTriggerDatesTheIncident) {
  // 2019-06-19 is a Wednesday: the toll was revised on Wednesday, the attacks were on Monday.
  EXPECT_EQ(One("Le gouvernement a revu mercredi le bilan des attaques perpétrées lundi contre deux villages près de "
                "Koro : 41 personnes ont été tuées.",
                "fr", "2019-06-19")
                .event_date,
            "2019-06-17");
  EXPECT_EQ(One("The army said on Wednesday that the ambush staged on Monday near Koro had killed nine soldiers.", "en",
                "2019-06-19")
                .event_date,
            "2019-06-17");
  // The French participle that is the trigger owns the day after it; a claim's does not.
  EXPECT_EQ(One("Une ONG a demandé mercredi la libération du maire de Téra, enlevé lundi par des hommes armés.", "fr",
                "2019-06-19")
                .event_date,
            "2019-06-17");
  EXPECT_EQ(One("Le groupe a revendiqué mercredi l'attaque menée lundi contre le poste de Téra.", "fr", "2019-06-19")
                .event_date,
            "2019-06-17");
}

TEST_F(EventCoderTest, IncidentPointedBackToTakesNoPlaceFromThePointersSentence) {
  // The shooting told without a place is no incident at the place of the massacre it is
  // compared with.
  for (const EventRecord& event :
       Code("Lundi, des hommes armés ont attaqué le village de Koro et incendié des greniers. Des blessés ont été "
            "évacués. « Ils ont tiré sur tout le monde », raconte un habitant. Ces tueries interviennent une semaine "
            "après le massacre de Sobane Da.",
            "fr", "2019-06-19")) {
    EXPECT_NE(event.location, "Sobane Da");
  }
}

TEST_F(EventCoderTest, AnotherSourcesHigherTollIsAnAlternativeNotThePart) {
  EXPECT_EQ(One("Mardi près de Djenné, au moins douze villageois ont été tués selon le maire, et d'autres sources font "
                "état de plus de vingt morts.",
                "fr")
                .fatalities,
            12);
  EXPECT_EQ(One("On Tuesday gunmen killed at least 12 villagers near Djenne, the mayor said, while other sources "
                "reported more than 20 dead.",
                "en")
                .fatalities,
            12);
}

TEST_F(EventCoderTest, AttackToldOnlyAsANounBesideARoadsideBombIsTheBlast) {
  const EventRecord event =
      One("L'ONU a condamné l'attaque qui a coûté la vie mardi à quatre casques bleus près de Douentza. Leur véhicule "
          "a heurté un engin explosif improvisé.",
          "fr");
  EXPECT_EQ(event.sub_event_type, "Remote explosive/landmine/IED");
  EXPECT_EQ(event.fatalities, 4);
  // A verb of assault tells of a fight that the bomb opened.
  EXPECT_EQ(One("Mardi près de Douentza, un engin explosif a visé un convoi, puis des hommes armés ont attaqué les "
                "soldats.",
                "fr")
                .event_type,
            "Battles");
}

TEST_F(EventCoderTest, OtherSidesDeadToldInALaterTollSentenceAddUp) {
  EXPECT_EQ(One("Lundi, le camp de Boni a fait l'objet d'une attaque. Le ratissage a permis de neutraliser 20 "
                "terroristes. Côté ami, le bilan provisoire est de 5 morts et 9 blessés.",
                "fr")
                .fatalities,
            25);
}

TEST_F(EventCoderTest, GuestsAndPilgrimsShotAtAreCivilians) {
  EXPECT_EQ(One("Lundi soir près de Bandiagara, des hommes armés ont encerclé le village avant d'ouvrir le feu sur "
                "les invités d'un mariage.",
                "fr")
                .event_type,
            "Violence against civilians");
  EXPECT_EQ(One("On Monday gunmen opened fire on pilgrims near Bandiagara.", "en").event_type,
            "Violence against civilians");
  EXPECT_EQ(One("Les forces de sécurité ont exécuté sommairement douze hommes non armés lors d'une opération menée "
                "mardi à Djibo.",
                "fr")
                .event_type,
            "Violence against civilians");
}

TEST_F(EventCoderTest, CrowdIsTheFirstActorOfADemonstrationTheForcesDispersed) {
  const EventRecord event =
      One("Mardi à Kayes, la police a dispersé une manifestation à coups de gaz lacrymogène.", "fr");
  EXPECT_EQ(event.sub_event_type, "Protest with intervention");
  EXPECT_EQ(event.actor1, "Protesters (Mali)");
  EXPECT_EQ(event.actor2, "Police Forces of Mali");
}

TEST_F(EventCoderTest, RaidToldInTheSentenceAfterAnAbductionIsTheAbduction) {
  const EventRecord event = One(
      "Un prêtre italien a été enlevé dans la nuit de lundi à mardi près de Makalondi. Selon le diocèse, des hommes "
      "armés ont fait irruption dans la mission de Makalondi et emmené le prêtre.",
      "fr");
  EXPECT_EQ(event.sub_event_type, "Abduction/forced disappearance");
}

TEST_F(EventCoderTest, HabitAndMarketsAreNoEvents) {
  EXPECT_TRUE(Code("Armed gangs often abduct people for ransom in the Tahoua region.", "en").empty());
  EXPECT_TRUE(
      Code("La région de Tillabéri, en proie aux attaques des groupes armés, est la plus meurtrière du pays.", "fr")
          .empty());
  EXPECT_TRUE(Code("La mesure prévoit la fermeture de certains marchés dans la région de Tahoua.", "fr").empty());
}

TEST_F(EventCoderTest, ArrestsAtADispersedDemonstrationArePartOfIt) {
  const EventRecord event = One(
      "La police a dispersé dimanche à Niamey une manifestation interdite et interpellé une vingtaine de personnes.",
      "fr");
  EXPECT_EQ(event.sub_event_type, "Protest with intervention");
}

TEST_F(EventCoderTest, WeaponsTakenInARaidAreNoTakeoverOfTerritory) {
  const EventRecord event = One(
      "Lundi, l'attaque contre le poste de Téra a coûté la vie à douze soldats. Des dizaines d'assaillants ont pris "
      "d'assaut le camp. Le groupe affirme s'être emparé d'armes et de véhicules.",
      "fr");
  EXPECT_EQ(event.sub_event_type, "Armed clash");
  EXPECT_EQ(event.fatalities, 12);
}

TEST_F(EventCoderTest, JuntaNamedByItsCoupIsNoCoupAndItsRallyIsAProtest) {
  const EventRecord event =
      One("Thousands of people gathered in a stadium in Niamey on Sunday to show support for the officers who seized "
          "power.",
          "en");
  EXPECT_EQ(event.sub_event_type, "Peaceful protest");
  EXPECT_EQ(One("Thousands protested in Niamey on Saturday, demanding that French troops leave after the military "
                "seized power.",
                "en")
                .sub_event_type,
            "Peaceful protest");
}

TEST_F(EventCoderTest, FigureBeforeAChainOfActorNamesCountsTheDead) {
  EXPECT_EQ(One("Quatre soldats tchadiens de la Mission des Nations unies au Mali (Minusma) ont été tués mardi près de "
                "Tessalit.",
                "fr")
                .fatalities,
            4);
}

TEST_F(EventCoderTest, TakeoverTheArmyDeniesIsNoTakeover) {
  for (const EventRecord& event :
       Code("Dimanche, le camp de Boni a été assailli par des combattants. Le groupe affirme s'être emparé du camp, ce "
            "que l'état-major dément.",
            "fr")) {
    EXPECT_NE(event.sub_event_type, "Non-state actor overtakes territory");
  }
}

TEST_F(EventCoderTest, CountOfIncidentsWithNoPlaceSumsUpThoseToldAfter) {
  const auto events = Code(
      "Le groupe a mené deux attaques contre l'armée en début de semaine. Dimanche, le camp de Boni a été attaqué. "
      "Le lendemain, des assaillants ont attaqué le poste de Ménaka.",
      "fr", "2025-06-07");
  ASSERT_EQ(events.size(), 2u);
  EXPECT_EQ(events[0].event_date, "2025-06-01");
  EXPECT_EQ(events[1].event_date, "2025-06-02");
}

TEST_F(EventCoderTest, RioterIsTheFirstActorOfARiotThePoliceBrokeUp) {
  const EventRecord event =
      One("Mardi à Kayes, des manifestants ont incendié la mairie avant d'être dispersés par la police.", "fr");
  EXPECT_EQ(event.event_type, "Riots");
  EXPECT_EQ(event.actor1, "Rioters (Mali)");
  EXPECT_EQ(event.actor2, "Police Forces of Mali");
}

TEST_F(EventCoderTest, UnitNamedFirstAndTheTownInItAreOneIncidentAtTheTown) {
  const EventRecord event =
      One("The number of students killed in an attack on a school in Nigeria's Yobe state has risen to 40, officials "
          "said on Thursday. Gunmen stormed the college in Buni Yadi on Tuesday.",
          "en", "2014-02-27");
  EXPECT_EQ(event.location, "Buni Yadi");
  EXPECT_EQ(event.fatalities, 40);
}

TEST_F(EventCoderTest, ArmedSideThatUnderwentAnAttackIsItsTarget) {
  const EventRecord event =
      One("Plusieurs positions tenues par les VDP ont fait l'objet, dans la matinée de dimanche, d'une attaque près de "
          "Djibo.",
          "fr");
  EXPECT_EQ(event.event_type, "Battles");
  EXPECT_EQ(event.actor2, "VDP: Volunteer for Defense of Homeland");
  EXPECT_EQ(One("GATIA fighters came under attack near Menaka on Sunday.", "en").actor2,
            "GATIA: Imghad Tuareg and Allies Self-Defense Group");
}

TEST_F(EventCoderTest, DroneStrikeNoOneIsNamedForIsTheStateForces) {
  EXPECT_EQ(
      One("Drone strikes on Sunday killed at least eight civilians in Tinzaouaten, the rebels said.", "en").actor1,
      "Military Forces of Mali");
}

TEST_F(EventCoderTest, FigureThatMeasuresTimeOrDistanceIsNoToll) {
  // "72 heures", "48 hours", "12 ans" count hours, days or years, not the dead.
  EXPECT_EQ(One("Le gouvernement a décrété mardi un deuil de quarante-huit heures après la mort de douze soldats "
                "dans l'attaque de leur camp près de Djibo.",
                "fr")
                .fatalities,
            12);
  EXPECT_EQ(One("The government declared 72 hours of mourning after the death of nine soldiers in an attack on "
                "their camp near Djibo on Monday.",
                "en")
                .fatalities,
            9);
  EXPECT_EQ(One("Lundi, un enfant de 12 ans a été tué par une mine près de Boni.", "fr").fatalities, 1);
}

TEST_F(EventCoderTest, ChadianRebelsOfTheFactAreNamed) {
  const std::string fact = "FACT: Front for Change and Concord in Chad";
  EXPECT_EQ(
      One("On Sunday, Chadian troops clashed with the Front for Change and Concord in Chad (FACT) north of Mao.", "en")
          .actor2,
      fact);
  EXPECT_EQ(One("Dimanche, les rebelles du Front pour l'alternance et la concorde au Tchad ont attaqué un poste de "
                "l'armée tchadienne au nord de Mao.",
                "fr")
                .actor1,
            fact);
}

TEST_F(EventCoderTest, SingularPassiveOfTargetingIsAnAttackByTheActorAfterPar) {
  // "a été visée", "a été ciblé": as "a pris pour cible" and English "targeted".
  const EventRecord church =
      One("Dimanche, une mosquée de Djibo a été visée pendant la prière et douze fidèles ont été tués.", "fr");
  EXPECT_EQ(church.event_type, "Violence against civilians");
  EXPECT_EQ(church.fatalities, 12);
  // In the passive, the actor after "par" / "by" did it.
  for (const auto& [text, language] :
       {std::pair{"Jeudi, le camp militaire de Boni a été ciblé par des jihadistes.", "fr"},
        std::pair{"On Thursday, an army camp near Boni was targeted by jihadists.", "en"}}) {
    const EventRecord camp = One(text, language);
    EXPECT_EQ(camp.event_type, "Battles") << text;
    EXPECT_EQ(camp.actor2, "Military Forces of Mali") << text;
  }
}

TEST_F(EventCoderTest, IncidentAnAnniversaryLooksBackToIsNoEventOfTheDay) {
  // The date dates the main clause: the families' gathering, not the massacre.
  EXPECT_TRUE(Code("Five years after gunmen killed 40 villagers in Yirgou, families gathered in Barsalogho on Sunday "
                   "to pray.",
                   "en", "2024-01-08")
                  .empty());
  EXPECT_TRUE(
      Code("Deux ans après l'attaque de Solhan, des familles se sont recueillies dimanche à Sebba.", "fr", "2023-06-06")
          .empty());
  // The clause after the date is today's news.
  EXPECT_EQ(One("Five years after the Yirgou massacre, gunmen killed three herders near Barsalogho on Sunday.", "en",
                "2024-01-08")
                .fatalities,
            3);
  // The look back may follow the dated clause, and run on past a relative clause; a decade counts.
  EXPECT_TRUE(Code("Families prayed in the churches of Chibok on Sunday, a decade after Boko Haram fighters took 276 "
                   "pupils from their school in a night raid that made the town known worldwide.",
                   "en", "2024-04-15")
                  .empty());
  EXPECT_TRUE(Code("Families prayed in the churches of Chibok on Sunday, ten years after Boko Haram fighters took 276 "
                   "pupils from their school in a night raid.",
                   "en", "2024-04-15")
                  .empty());
  EXPECT_TRUE(Code("Les habitants de Solhan se sont recueillis samedi, une décennie après l'attaque qui avait fait "
                   "plus de cent morts dans le village.",
                   "fr", "2031-06-09")
                  .empty());
}

TEST_F(EventCoderTest, AnAgreementSignedWithADefiniteArticleIsTodays) {
  const EventRecord deal =
      One("La CMA a signé samedi à Bamako l'accord pour la paix issu du processus d'Alger.", "fr", "2015-06-21");
  EXPECT_EQ(deal.sub_event_type, "Agreement");
  EXPECT_EQ(deal.event_date, "2015-06-20");
  // Named without a signing, the agreement is one already known.
  EXPECT_TRUE(
      Code("Le comité de suivi de l'accord pour la paix s'est réuni samedi à Bamako.", "fr", "2015-06-21").empty());
}

TEST_F(EventCoderTest, WhoCondemnsAnAttackIsNotItsDoerAndAQuotedNounIsStillANoun) {
  // The mission condemned the attack: it did not commit it; the attack, a noun in quotation
  // marks, is the mine's blast.
  const EventRecord blast =
      One("Mardi, un car a sauté sur un engin explosif près de Douentza, tuant quatorze passagers. La mission "
          "onusienne a condamné une « attaque lâche » contre des civils.",
          "fr", "2019-09-04");
  EXPECT_EQ(blast.sub_event_type, "Remote explosive/landmine/IED");
  EXPECT_EQ(blast.actor1.find("MINUSMA"), std::string::npos) << blast.actor1;
  // A statement's own operation keeps its speaker as the doer.
  EXPECT_NE(One("The army said on Friday that its operation near Moura had killed 203 militants.", "en", "2022-04-02")
                .actor1.find("Mali"),
            std::string::npos);
}

TEST_F(EventCoderTest, AFigureAnotherSourceAdvancesIsAnAlternative) {
  EXPECT_EQ(One("Mardi, des hommes armés ont attaqué un marché près de Gao. Selon le gouvernement, l'attaque a fait "
                "trois morts ; une ONG locale avance le chiffre de quatre morts.",
                "fr", "2016-07-13")
                .fatalities,
            3);
}

TEST_F(EventCoderTest, TheDayAfterAnIncidentIsNotItsDayButANewClauseIs) {
  EXPECT_TRUE(
      Code("La tension restait vive ce mercredi à Gao, au lendemain d'une manifestation de jeunes.", "fr", "2016-07-13")
          .empty());
  EXPECT_EQ(One("Mercredi, au lendemain des obsèques, des manifestants ont incendié la préfecture de Kayes.", "fr",
                "2020-05-14")
                .event_date,
            "2020-05-13");
}

TEST_F(EventCoderTest, AnActorNamedAsTheSourceIsNoVictim) {
  for (const char* text : {
           "Quatorze personnes ont été tuées dans l'attaque du village de Sinda, près de Douentza, mardi, selon la "
           "Minusma.",
           "Quatorze personnes ont été tuées dans l'attaque du village de Sinda, près de Douentza, mardi, selon un "
           "rapport de la division des droits de l'homme de la Minusma.",
       }) {
    const EventRecord raid = One(text, "fr", "2020-01-17");
    EXPECT_EQ(raid.event_type, "Violence against civilians") << text;
    EXPECT_EQ(raid.actor2.find("MINUSMA"), std::string::npos) << text;
  }
}

TEST_F(EventCoderTest, ACapitalThatSpeaksIsItsGovernmentNotThePlace) {
  // The incident's sentence names no place: the report's place is the district named before, not
  // the capital that rejected the charges or declared war.
  for (const char* closing : {"Par le passé, Bamako a toujours rejeté ces accusations.",
                              "Bamako s'est déclaré dimanche « en guerre » contre les groupes armés."}) {
    const std::string text =
        std::string(
            "Le cas concerne Welingara, un village du cercle de Nara. Le 26 janvier, des soldats maliens ont "
            "arrêté 25 hommes. ") +
        closing;
    EXPECT_EQ(One(text, "fr", "2024-03-29").location, "Nara") << text;
  }
}

TEST_F(EventCoderTest, ReprisalsAndHuntingDownAreViolence) {
  EXPECT_EQ(One("À partir de lundi, des représailles ont opposé des communautés dans plusieurs villages autour "
                "d'Arbinda, faisant 30 morts selon le gouvernement.",
                "fr", "2019-04-04")
                .fatalities,
            30);
  EXPECT_EQ(
      One("Mardi, des hommes armés ont pourchassé des habitants dans les champs près de Djibo.", "fr", "2019-04-04")
          .event_type,
      "Violence against civilians");
  // The army that launched an operation named after the killing is not the killer; the group that
  // launched the attack is.
  EXPECT_EQ(One("Samedi, des hommes armés ont tué 79 civils à Seytenga, après l'opération lancée par l'armée.", "fr",
                "2022-06-14")
                .event_type,
            "Violence against civilians");
  EXPECT_EQ(One("Samedi, des hommes armés ont tué 79 civils à Seytenga lors de l'attaque lancée par le JNIM.", "fr",
                "2022-06-14")
                .actor1,
            "JNIM: Group for Support of Islam and Muslims");
  // Reprisals named as what an attack looks like are that attack.
  EXPECT_EQ(One("Samedi, des hommes armés ont tué 79 civils à Seytenga, dans ce qui s'apparente à des représailles.",
                "fr", "2022-06-14")
                .event_type,
            "Violence against civilians");
}

TEST_F(EventCoderTest, WomenSuicideBombersAreTheAttackersAndATollsBreakdownAddsNothing) {
  const EventRecord blast =
      One("Au moins cinq personnes ont été tuées mercredi soir par deux femmes kamikazes dans un camp de réfugiés près "
          "de Diffa. Le bilan comprend les deux kamikazes et trois réfugiés.",
          "fr", "2017-06-30");
  EXPECT_EQ(blast.fatalities, 5);
  EXPECT_EQ(blast.actor1, "Unidentified Armed Group (Niger)");
  EXPECT_EQ(One("Two female suicide bombers killed four people at a market in Konduga on Sunday. The toll includes "
                "the two bombers and two traders.",
                "en", "2019-06-17")
                .fatalities,
            4);
}

TEST_F(EventCoderTest, FightingPeopleFledIsNoIncident) {
  EXPECT_TRUE(Code("Many of those living in Amasrakad had fled fighting further north since the army retook Kidal "
                   "late last year.",
                   "en", "2024-04-03")
                  .empty());
  EXPECT_TRUE(Code("Des centaines de familles fuyant les combats se sont installées à Gao ces derniers mois.", "fr",
                   "2024-04-03")
                  .empty());
}

TEST_F(EventCoderTest, TheVigilantesAmbushedAndAVillageAttackedLaterAreTwoIncidents) {
  const auto events = Code(
      "Suspected Boko Haram militants ambushed members of a youth vigilante group near Monguno on Friday, killing at "
      "least 24 of them. The attackers later moved on to a nearby village, where they killed at least 14 civilians.",
      "en", "2013-09-01");
  ASSERT_EQ(events.size(), 2u);
  EXPECT_EQ(events[0].actor2, "CJTF: Civilian Joint Task Force");
  EXPECT_EQ(events[0].fatalities, 24);
  EXPECT_EQ(events[1].fatalities, 14);
}

TEST_F(EventCoderTest, InformationGatheredOnADayDatesTheReportNotTheIncident) {
  EXPECT_EQ(One("La commune de Kombori, près de Nouna, a été la cible d'une attaque dans la nuit de mardi à mercredi. "
                "Selon des informations recueillies jeudi auprès de sources locales, quatre personnes ont été tuées.",
                "fr", "2020-08-13")
                .fatalities,
            4);
}

TEST_F(EventCoderTest, AFirstOfItsKindAndAPossessiveObject) {
  // The comparison with the past tells no incident; "son gardien" is one dead.
  const EventRecord raid =
      One("Vendredi soir, des hommes armés ont abattu son gardien à Abalak. C'est la première fois qu'un citoyen des "
          "États-Unis est enlevé au Niger.",
          "fr", "2016-10-15");
  EXPECT_EQ(raid.fatalities, 1);
  EXPECT_EQ(raid.event_date, "2016-10-14");
  EXPECT_TRUE(
      Code("C'est la première fois qu'un citoyen des États-Unis est enlevé au Niger.", "fr", "2016-10-15").empty());
}

TEST_F(EventCoderTest, ForcesInARelativeAsideAreNotWhoWasKilled) {
  const EventRecord raid =
      One("Samedi, des individus armés ont attaqué un village près de Guidan Roumdji. Le fils du chef de village, qui "
          "tentait d'alerter les Forces de défense et de sécurité, a été tué.",
          "fr", "2021-01-19");
  EXPECT_EQ(raid.event_type, "Violence against civilians");
  // The unit the victim belonged to still tells who fell.
  EXPECT_EQ(One("Samedi, un commando a attaqué la prison de Diffa. Le capitaine, qui commandait le groupement de la "
                "Garde nationale, a succombé à ses blessures.",
                "fr", "2015-07-13")
                .event_type,
            "Battles");
}

TEST_F(EventCoderTest, TheOtherEndOfTheCountryIsAnotherIncident) {
  const auto events = Code(
      "L'armée dit avoir visé vendredi des hommes armés près de Sebba par des frappes aériennes. À l'autre bout du "
      "pays, deux militaires ont perdu la vie samedi lorsque leur moto a sauté sur un engin explosif.",
      "fr", "2021-10-03");
  EXPECT_EQ(events.size(), 2u);
}

TEST_F(EventCoderTest, AnArticleInTheCountedNounsComplementIsNoFigure) {
  EXPECT_EQ(One("Au moins dix passagers d'un minibus ont péri dimanche lorsque leur véhicule a heurté une mine près de "
                "Fada N'Gourma.",
                "fr", "2022-12-26")
                .fatalities,
            10);
  EXPECT_EQ(One("Samedi, deux militaires d'une patrouille ont été tués par un engin explosif près de Ouahigouya.", "fr",
                "2022-12-26")
                .fatalities,
            2);
}

TEST_F(EventCoderTest, ARoadThatSituatesATownNamedJustBeforeLeavesTheTown) {
  EXPECT_EQ(One("On Tuesday morning, a large force attacked army positions in Bourem, on the Niger river between Gao "
                "and Timbuktu.",
                "en", "2023-09-15")
                .location,
            "Bourem");
  // The road of the incident itself still places it, whatever town a relative clause named.
  EXPECT_EQ(
      One("Le car, qui reliait Bamako à Koro, a sauté jeudi sur un engin explosif sur la route entre Bandiagara et "
          "Goundaka.",
          "fr", "2022-10-14")
          .location,
      "Bandiagara");
}

TEST_F(EventCoderTest, APresidentHeldBySoldiersIsAnArrest) {
  EXPECT_EQ(
      One("Le président est retenu depuis mercredi matin dans sa résidence de Niamey par des éléments de la garde "
          "présidentielle.",
          "fr", "2023-07-27")
          .sub_event_type,
      "Arrests");
}

TEST_F(EventCoderTest, AHarmWhoseSubjectPointsBackBelongsToTheIncidentToldBefore) {
  // Sunday is the day the army spoke; the dead and wounded are Friday's bombing's.
  const auto events = Code(
      "Last Friday, militants drove explosives-laden vehicles into the army camp in Gao. On Sunday, during a visit "
      "by the chief of the general staff, the army said the bombing had killed about ten soldiers and wounded others.",
      "en", "2023-09-15");
  ASSERT_EQ(events.size(), 1u);
  EXPECT_EQ(events[0].event_date, "2023-09-08");
  EXPECT_EQ(events[0].fatalities, 10);
}

TEST_F(EventCoderTest, SoldiersWhoMutiniedFoughtWithinTheForces) {
  const EventRecord mutiny = One("Des soldats se sont mutinés dimanche dans une caserne de Kaya.", "fr", "2022-01-24");
  EXPECT_EQ(mutiny.event_type, "Battles");
  EXPECT_EQ(mutiny.actor1, "Military Forces of Burkina Faso");
}

TEST_F(EventCoderTest, DeathsInAFloodAreNoViolence) {
  EXPECT_TRUE(Code("Floods swept through Maiduguri on Tuesday after a dam gave way. The emergency agency said on "
                   "Wednesday that at least 30 people had died.",
                   "en", "2024-09-12")
                  .empty());
  // Without a disaster named, a death with no cause is still read as violence.
  EXPECT_EQ(
      Code("The emergency agency said on Wednesday that at least 30 people had died in Maiduguri.", "en", "2024-09-12")
          .size(),
      1u);
  // Nor when an armed side is named beside the deaths.
  EXPECT_EQ(Code("Despite the floods, gunmen stormed a camp in Maiduguri on Tuesday; at least 30 people died.", "en",
                 "2024-09-12")
                .size(),
            1u);
}

TEST_F(EventCoderTest, AnAttackFearedIsNoneYet) {
  EXPECT_TRUE(Code("On Tuesday, villagers near Djenné gathered their cattle, fearing an attack by armed men.", "en",
                   "2018-06-14")
                  .empty());
  EXPECT_TRUE(Code("Mardi, des habitants ont quitté un village près de Djenné, craignant une attaque d'hommes armés.",
                   "fr", "2018-06-14")
                  .empty());
}

TEST_F(EventCoderTest, ATownTheWoundedWereTakenToIsNotWhereACountryWideIncidentHappened) {
  // Told only "in the north of Mali", the blast is placed at the town the report names for it, not
  // at the hospital's town named first.
  EXPECT_EQ(One("Deux soldats français ont été tués mercredi dans le nord du Mali lorsque leur blindé a sauté sur "
                "une mine. Un troisième a été évacué vers l'hôpital militaire de Gao. Leur patrouille opérait près "
                "de Ménaka.",
                "fr", "2018-02-22")
                .location,
            "Ménaka");
}

TEST_F(EventCoderTest, WhatWasTriedAndNotAchievedDidNotHappen) {
  EXPECT_TRUE(Code("A mediation has so far failed to secure a ceasefire between the CMA and GATIA around Kidal.", "en",
                   "2017-07-26")
                  .empty());
  EXPECT_NE(One("Mardi, des assaillants ont attaqué le camp militaire de Boulkessi sans parvenir à s'en emparer.", "fr",
                "2017-07-26")
                .sub_event_type,
            "Non-state actor overtakes territory");
}

TEST_F(EventCoderTest, CaptivesFreedInAnOperationAreItsOutcome) {
  const EventRecord raid =
      One("Samedi, l'armée a attaqué un camp de terroristes dans la forêt du Wagadou. Trente-trois d'entre eux ont "
          "été tués ; deux gendarmes qu'ils retenaient ont été libérés.",
          "fr", "2019-12-23");
  EXPECT_EQ(raid.event_type, "Battles");
  // Released alone, after talks, they are an agreement.
  EXPECT_EQ(
      One("Samedi, deux otages ont été libérés à Kidal après des négociations.", "fr", "2019-12-23").sub_event_type,
      "Agreement");
}

TEST_F(EventCoderTest, ATrendOfAbductionsIsNoIncident) {
  EXPECT_TRUE(Code("Rights groups said mass school abductions have since spread far beyond Borno.", "en", "2024-04-15")
                  .empty());
  EXPECT_TRUE(
      Code("Les enlèvements d'enseignants se sont étendus à toute la région du Sahel.", "fr", "2024-04-15").empty());
  EXPECT_TRUE(
      Code("Dozens of parents have died during the decade without seeing their daughters again.", "en", "2024-04-15")
          .empty());
  EXPECT_TRUE(Code("Attacks and threats by Islamist militants have forced 2,369 schools to close in Burkina Faso.",
                   "en", "2020-02-11")
                  .empty());
}

TEST_F(EventCoderTest, ACapitalNamedAsASourceIsNoPlace) {
  // "selon Bamako" is the government's word; the incident is at Kidal, named before.
  EXPECT_EQ(One("Le Premier ministre est arrivé samedi à Kidal. Peu après, des échanges de tirs ont éclaté autour du "
                "gouvernorat entre l'armée malienne et les combattants du MNLA, appuyés selon Bamako par d'autres "
                "groupes armés.",
                "fr", "2014-05-19")
                .location,
            "Kidal");
}

TEST_F(EventCoderTest, DayInsideTheWeekAnIncidentIsDatedToIsThatIncident) {
  // The protests of last week and the tear gas of Thursday are one incident, of Thursday.
  EXPECT_EQ(One("At least five people died during anti-government protests in Niamey last week, rights groups said "
                "on Sunday. On Thursday, police fired tear gas at the protesters in Niamey.",
                "en", "2025-06-30")
                .event_date,
            "2025-06-26");
  EXPECT_EQ(Code("At least five people died during anti-government protests in Niamey last week, rights groups said "
                 "on Sunday. On Thursday, police fired tear gas at the protesters in Niamey.",
                 "en", "2025-06-30")
                .size(),
            1u);
  EXPECT_EQ(Code("Au moins cinq personnes sont mortes lors des manifestations de la semaine dernière à Niamey. Jeudi, "
                 "la police a tiré des gaz lacrymogènes sur les manifestants à Niamey.",
                 "fr", "2025-06-30")
                .size(),
            1u);
}

TEST_F(EventCoderTest, EnemiesToNeutraliseAfterAVerbOfResultAreDead) {
  EXPECT_EQ(One("Lundi, l'armée a attaqué une base terroriste près de Koumbri. La riposte a permis de neutraliser 20 "
                "assaillants.",
                "fr", "2023-09-05")
                .fatalities,
            20);
  EXPECT_EQ(One("On Monday, the army attacked a terrorist base near Koumbri. The operation helped neutralise 20 "
                "assailants.",
                "en", "2023-09-05")
                .fatalities,
            20);
}

TEST_F(EventCoderTest, MilitiaDeadCountedWithSoldiersAreTheStateSidesDead) {
  // The VDP counted with the soldiers are not the attackers: the assailants' dead add up.
  EXPECT_EQ(One("Lundi, huit soldats et douze VDP ont été tués lors d'affrontements près de Koumbri. Vingt assaillants "
                "ont été neutralisés.",
                "fr", "2023-09-05")
                .fatalities,
            40);
  // A figure of both sides gives its armed part to a toll of the others told first.
  EXPECT_EQ(One("Le gouvernement fait état de 80 morts parmi les civils et les soldats dans l'attaque de mercredi près "
                "d'Arbinda. Le premier bilan évoquait trente civils, quatorze militaires et trois VDP tués, ainsi que "
                "cinquante-huit terroristes neutralisés.",
                "fr", "2021-08-21")
                .fatalities,
            138);
}

TEST_F(EventCoderTest, TollASourceGivesAfterAClaimIsNotTheGroups) {
  // The first toll is local sources', not JNIM's: the group's larger figure told later gives way.
  EXPECT_EQ(
      One("Le JNIM a revendiqué l'attaque de dimanche contre Djibo, au cours de laquelle au moins cinquante "
          "personnes ont été tuées, selon des sources locales. Dans sa revendication, le groupe affirme avoir tué "
          "cent vingt soldats.",
          "fr", "2025-05-13")
          .fatalities,
      50);
  // Told with "saying", the figure is still the group's, whoever relays it.
  EXPECT_EQ(One("JNIM claimed an attack on an army post near Djibo on Sunday, saying its fighters killed 90 soldiers, "
                "according to a monitoring group. Residents said at least 40 soldiers were killed.",
                "en", "2025-05-13")
                .fatalities,
            40);
}

TEST_F(EventCoderTest, TownDesignatedAfterAndIsListedToo) {
  // ACLED codes one event per town; "the northern city of Agadez" is the second town.
  for (const auto& [text, language] :
       {std::pair{"On Thursday, thousands of protesters marched in Niamey and the northern city of Agadez.", "en"},
        std::pair{"Jeudi, des milliers de manifestants ont défilé à Niamey et dans la ville d'Agadez.", "fr"}}) {
    const auto events = Code(text, language, "2022-10-21");
    ASSERT_EQ(events.size(), 2u) << text;
    EXPECT_EQ(events[1].location, "Agadez") << text;
  }
}

TEST_F(EventCoderTest, WhatOfficialsBelieveHappenedIsReportedNotOpinion) {
  EXPECT_EQ(
      One("Two aid workers went missing near Gao on Monday. Officials believe they were abducted by jihadists.", "en")
          .sub_event_type,
      "Abduction/forced disappearance");
}

TEST_F(EventCoderTest, CountBeforeTheDoerAfterByIsPartOfItsPhrase) {
  // "by about a dozen armed men": the armed men did it (and stormed the site); they were no
  // one's target.
  for (const auto& [text, language] :
       {std::pair{"On Tuesday, a geologist was kidnapped by about a dozen armed men who stormed a mining site near "
                  "Djibo.",
                  "en"},
        std::pair{"Mardi, un géologue a été enlevé par une dizaine d'hommes armés qui ont pris d'assaut un site minier "
                  "près de Djibo.",
                  "fr"}}) {
    const EventRecord event = One(text, language);
    EXPECT_EQ(event.sub_event_type, "Abduction/forced disappearance") << text;
    EXPECT_EQ(event.actor2, "Civilians (Burkina Faso)") << text;
  }
}

TEST_F(EventCoderTest, EveryCountryOfABorderListIsAcrossTheBorder) {
  for (const auto& [text, language] :
       {std::pair{
            "Twenty soldiers were killed on Wednesday when militants overran an army post in a national park near "
            "the borders with Niger and Burkina Faso, north of Banikoara.",
            "en"},
        std::pair{"Mercredi, vingt soldats ont été tués lors de l'attaque d'un poste de l'armée dans un parc national "
                  "proche des frontières avec le Niger et le Burkina Faso, au nord de Banikoara.",
                  "fr"}}) {
    EXPECT_EQ(One(text, language, "2025-01-14").location, "Banikoara") << text;
  }
}

TEST_F(EventCoderTest, ParentNamedBeforeLinkedIsNotTheClaimant) {
  const std::string jnim = "JNIM: Group for Support of Islam and Muslims";
  EXPECT_EQ(One("On Monday, gunmen attacked an army post near Nara. The al Qaeda-linked JNIM claimed the attack.", "en")
                .actor1,
            jnim);
  // After the affiliation word, the parent: the group before it claimed.
  EXPECT_EQ(
      One("On Monday, gunmen attacked an army post near Nara. JNIM, linked to al Qaeda, claimed the attack.", "en")
          .actor1,
      jnim);
}

TEST_F(EventCoderTest, FallenCountOnlyWhereTheClauseEnds) {
  EXPECT_EQ(
      One("Samedi, le détachement de Titao a été attaqué. Le bilan fait état de six militaires et dix VDP tombés, "
          "ainsi que vingt blessés.",
          "fr")
          .fatalities,
      16);
  // Fell into an ambush: no one died of the word.
  EXPECT_EQ(One("Samedi, six militaires sont tombés dans une embuscade près de Titao.", "fr").fatalities, 0);
}

TEST_F(EventCoderTest, SideThatLostItsPeopleCountsThemNotItsVehicles) {
  EXPECT_EQ(One("The army lost about 30 soldiers on Sunday when militants attacked a base near Bol.", "en").fatalities,
            30);
  EXPECT_EQ(One("Dimanche, l'armée a perdu 12 de ses hommes lors de l'attaque de son camp de Boni.", "fr").fatalities,
            12);
  EXPECT_EQ(One("On Sunday militants attacked a base near Bol; the army lost two vehicles.", "en").fatalities, 0);
  // Its "men", with no actor named: "lost a man", "avoir perdu un homme".
  EXPECT_EQ(One("Lundi, le Gatia a attaqué les positions de la CMA près d'Anéfis. Il revendique douze combattants "
                "tués et reconnaît avoir perdu un homme.",
                "fr")
                .fatalities,
            13);
  EXPECT_EQ(One("On Monday militants attacked the camp at Ber and lost two men.", "en").fatalities, 2);
}

TEST_F(EventCoderTest, FigureBeforeATollNounCountsSomeoneElse) {
  // The toll noun's figure comes after it; the one before counts the speakers.
  EXPECT_EQ(One("Gunmen attacked the village of Darey-Daye on Monday. A local official put the death toll at 58.", "en")
                .fatalities,
            58);
  EXPECT_EQ(
      One("Lundi, des hommes armés ont attaqué le village de Tin. Un élu local avance un bilan de 14 morts.", "fr")
          .fatalities,
      14);
  EXPECT_EQ(One("Gunmen attacked the village of Darey-Daye on Monday. One resident gave no toll.", "en").fatalities, 0);
}

TEST_F(EventCoderTest, SeatOfTheBodyThatTellsOfItIsNoPlaceOfTheIncident) {
  EXPECT_EQ(One("Le diocèse de Kaya a annoncé lundi l'enlèvement dimanche du curé de la paroisse de Djibo.", "fr",
                "2019-03-19")
                .location,
            "Djibo");
}

TEST_F(EventCoderTest, ArticleAfterTheTollWordIsNoFigure) {
  EXPECT_EQ(One("The death toll from an attack on the market of Arbinda on Sunday is not known.", "en").fatalities, 0);
}

TEST_F(EventCoderTest, WherePeopleSetOutFromOrWereTakenIsNoPlaceOfTheIncident) {
  EXPECT_EQ(One("Mardi, une patrouille partie de Diabaly a été attaquée par des hommes armés près de Nampala.", "fr")
                .location,
            "Nampala");
  EXPECT_EQ(One("Mardi, des hommes armés ont tué trois bergers près de Tenenkou ; les blessés ont été évacués vers "
                "Mopti.",
                "fr")
                .location,
            "Ténenkou");
}

TEST_F(EventCoderTest, SpanOfYearsOrTrendSumsUpManyIncidents) {
  // After the trigger in its clause, in a sentence with no day of its own.
  EXPECT_EQ(Code("Several teachers have been abducted around Djibo in recent years.", "en").size(), 0u);
  EXPECT_EQ(Code("Autour de Mopti, les enlèvements de commerçants se sont multipliés.", "fr").size(), 0u);
  EXPECT_EQ(Code("Near Koutiala, raids by armed groups have become more frequent.", "en").size(), 0u);
  EXPECT_EQ(Code("Near Kaya, several teachers have been killed over the past three years.", "en").size(), 0u);
  // A day of the sentence's own makes it news.
  EXPECT_EQ(Code("Ces dernières années, la région a connu des violences ; lundi, des hommes armés ont enlevé trois "
                 "commerçants à Mopti.",
                 "fr")
                .size(),
            1u);
}

TEST_F(EventCoderTest, MonthOfAnIncidentRecallsIt) {
  // "Le mois dernier", "earlier this month": a report dates its own incident by the day.
  const auto events = Code(
      "Mardi, des milliers de manifestants ont défilé à Niamey. La colère grandit depuis le massacre de civils près de "
      "Tillabéri le mois dernier.",
      "fr");
  ASSERT_EQ(events.size(), 1u);
  EXPECT_EQ(events.front().event_type, "Protests");
  EXPECT_EQ(Code("Gunmen killed twelve herders near Kaya earlier this month.", "en").size(), 0u);
}

TEST_F(EventCoderTest, CrowdThatDispersesOfItselfWasNotDispersed) {
  EXPECT_EQ(One("Vendredi, des milliers de manifestants ont défilé à Bamako, puis la foule s'est dispersée dans le "
                "calme.",
                "fr")
                .sub_event_type,
            "Peaceful protest");
}

TEST_F(EventCoderTest, PhraseOfAnotherIncidentStartsOne) {
  const auto events = Code(
      "Dimanche, un minibus a sauté sur une mine près de Djibo, tuant neuf passagers. Le même jour, plus au sud, des "
      "hommes armés ont attaqué des orpailleurs et tué six d'entre eux.",
      "fr");
  ASSERT_EQ(events.size(), 2u);
  EXPECT_EQ(events[0].sub_event_type, "Remote explosive/landmine/IED");
  EXPECT_EQ(events[1].fatalities, 6);
  EXPECT_EQ(Code("On Sunday, an IED hit a bus near Djibo, killing nine. In a separate attack, gunmen killed six miners "
                 "near Djibo the same day.",
                 "en")
                .size(),
            2u);
}

TEST_F(EventCoderTest, ClashesBetweenForcesAndCrowdAreARiot) {
  for (const auto& [text, language] : std::initializer_list<std::pair<const char*, const char*>>{
           {"Lundi à Niamey, des heurts ont opposé des policiers anti-émeute à des groupes de jeunes.", "fr"},
           {"On Monday, clashes broke out in Niamey between riot police and protesters.", "en"}}) {
    const EventRecord r = One(text, language);
    EXPECT_EQ(r.sub_event_type, "Violent demonstration") << text;
    EXPECT_EQ(r.actor2, "Police Forces of Niger") << text;
  }
  // The crowd a clash named is the side of the dispersal told after it.
  const EventRecord r =
      One("Lundi à Niamey, des heurts ont opposé des policiers à des groupes de jeunes. Les forces de l'ordre les ont "
          "dispersés à coups de gaz lacrymogène.",
          "fr");
  EXPECT_EQ(r.actor1, "Rioters (Niger)");
  EXPECT_EQ(r.actor2, "Police Forces of Niger");
}

TEST_F(EventCoderTest, RevisedTollAfterToAndTheRevisionsOwnDay) {
  const EventRecord r =
      One("The government on Tuesday raised the death toll from an attack on a village near Djibo to 48, up from an "
          "earlier count of 20. Gunmen stormed the village on Sunday.",
          "en", "2018-09-26");
  EXPECT_EQ(r.fatalities, 48);
  EXPECT_EQ(r.event_date, "2018-09-23");
  EXPECT_EQ(One("Mardi, des hommes armés ont attaqué le marché de Kaya. Le gouvernement a porté le bilan de l'attaque "
                "à 31 morts.",
                "fr")
                .fatalities,
            31);
  // The day before a verb of reaction is the reaction's.
  EXPECT_EQ(
      One("The UN on Tuesday condemned an attack near Kaya in which gunmen killed 14 traders on Saturday night.", "en")
          .event_date,
      "2018-09-22");
}

TEST_F(EventCoderTest, ForeignersTakenAreCivilians) {
  // (The gendarmerie that tells of it is no side.)
  EXPECT_EQ(One("Mardi, des hommes armés ont enlevé deux ressortissants allemands près de Koutiala, a indiqué un "
                "responsable de la gendarmerie.",
                "fr")
                .actor2,
            "Civilians (Mali)");
  EXPECT_EQ(One("On Tuesday gunmen kidnapped two foreign nationals near Koutiala.", "en").actor2, "Civilians (Mali)");
}

TEST_F(EventCoderTest, TownADistanceIsMeasuredFromIsALandmark) {
  // The district named beside it, or another town, is nearer the incident.
  EXPECT_EQ(
      One("On Saturday gunmen stormed an army post about 70 km from Timbuktu in the Goundam district.", "en").location,
      "Goundam");
  EXPECT_EQ(One("Samedi, des hommes armés ont attaqué un poste à 40 km de Mopti, près de Djenné.", "fr").location,
            "Djénné");
  // Alone, it places the incident.
  EXPECT_EQ(One("On Saturday gunmen stormed an army post about 70 km from Timbuktu.", "en").location, "Timbuktu");
}

TEST_F(EventCoderTest, MonthsOfFightingSumUpManyIncidents) {
  const EventRecord r = One(
      "Après quatre mois de combats autour de Djenné, l'armée et les chasseurs dozos ont signé dimanche un accord de "
      "cessez-le-feu.",
      "fr");
  EXPECT_EQ(r.sub_event_type, "Agreement");
  EXPECT_EQ(Code("After weeks of fighting near Kidal, the rebels and the army met in Algiers on Monday.", "en").size(),
            0u);
}

TEST_F(EventCoderTest, PartiesToAnAgreementNamedTogether) {
  const EventRecord r =
      One("Lundi à Ouagadougou, le MNLA et le Haut conseil pour l'unité de l'Azawad ont signé un accord.", "fr");
  EXPECT_EQ(r.sub_event_type, "Agreement");
  EXPECT_EQ(r.actor2, "MNLA: National Movement for the Liberation of Azawad");
}

TEST_F(EventCoderTest, ActorThatHoldsWhatWasAttackedIsNoDoer) {
  // Neither as the agent of "par" nor as the group the report names.
  const EventRecord r = One(
      "Dimanche, des centaines de combattants ont attaqué plusieurs positions de Djibo, dont le camp militaire et des "
      "postes tenus par les VDP.",
      "fr");
  EXPECT_EQ(r.actor1, "Unidentified Armed Group (Burkina Faso)");
  EXPECT_EQ(
      One("On Sunday militants attacked a convoy of villagers escorted by Dan Na Ambassagou militiamen near Bankass.",
          "en")
          .actor1,
      "Unidentified Armed Group (Mali)");
}

TEST_F(EventCoderTest, SubjectOfAWhenClauseIsNoObjectOfTheKillingBeforeIt) {
  const EventRecord r =
      One("On Thursday, 34 soldiers were killed when militants attacked a unit near Banibangou.", "en");
  EXPECT_EQ(r.actor1, "Unidentified Armed Group (Niger)");
  EXPECT_EQ(r.actor2, "Military Forces of Niger");
  const EventRecord fr =
      One("Jeudi, douze soldats ont été tués lorsque des hommes armés ont attaqué un poste près de Banibangou.", "fr");
  EXPECT_EQ(fr.actor1, "Unidentified Armed Group (Niger)");
  EXPECT_EQ(fr.actor2, "Military Forces of Niger");
}

TEST_F(EventCoderTest, WhatAVideoIsSaidToShowIsNoIncident) {
  EXPECT_EQ(
      Code("Une vidéo montrant des tirs nourris à Gao circule depuis lundi sur les réseaux sociaux.", "fr").size(), 0u);
  EXPECT_EQ(Code("Footage showing gunmen attacking a checkpoint near Gao was shared widely on Monday.", "en").size(),
            0u);
}

TEST_F(EventCoderTest, VehicleLadenWithExplosivesAndTheUnPeacekeepingForce) {
  const EventRecord r =
      One("Mardi, un véhicule chargé d'explosifs a sauté devant le camp de la force de maintien de la paix de l'ONU à "
          "Tessalit.",
          "fr");
  EXPECT_EQ(r.sub_event_type, "Remote explosive/landmine/IED");
  EXPECT_EQ(r.actor2, "MINUSMA: United Nations Multidimensional Integrated Stabilization Mission in Mali");
  EXPECT_EQ(One("On Tuesday an explosives-laden truck blew up at a checkpoint near Tessalit.", "en").event_type,
            "Explosions/Remote violence");
}

TEST_F(EventCoderTest, ParentNamedBeforeLinkedIsNoDoerOfTheTrigger) {
  EXPECT_EQ(One("On Friday an al Qaeda-linked group attacked an army checkpoint in Ouagadougou.", "en").actor1,
            "Unidentified Armed Group (Burkina Faso)");
}

TEST_F(EventCoderTest, TownInTheRegionToldByAFramePointingBackPlacesTheIncident) {
  EXPECT_EQ(One("Trois Casques bleus ont été tués jeudi lorsque leur véhicule a sauté sur une mine dans la région de "
                "Kidal. L'explosion s'est produite sur la piste entre Aguelhok et Tessalit.",
                "fr", "2014-09-19")
                .location,
            "Aguelhok");
}

TEST_F(EventCoderTest, CountrysSoldiersUnnamedAreItsForcesAsTheDictionaryNamesThem) {
  EXPECT_EQ(One("Jeudi, des hommes armés ont attaqué des soldats près de Kong, dans le nord de la Côte d'Ivoire.", "fr")
                .actor2,
            "Military Forces of the Ivory Coast");
}

TEST_F(EventCoderTest, ManyAttacksOfAPersonAreNoIncident) {
  EXPECT_EQ(
      Code("Ces derniers jours, l'opposant a multiplié les attaques contre le Premier ministre à Bamako.", "fr").size(),
      0u);
}

TEST_F(EventCoderTest, NeutralisedInTheActiveVoiceCountsTheDead) {
  EXPECT_EQ(One("Jeudi, le détachement de Kaya a été attaqué. Côté ami, le bilan est de cinq soldats morts. Côté "
                "ennemi, les militaires ont neutralisé au moins douze terroristes.",
                "fr")
                .fatalities,
            17);
}

TEST_F(EventCoderTest, CampaignToWinTheCountryBackIsNoTownRetaken) {
  EXPECT_EQ(Code("Le chef d'état-major a appelé mardi à Kaya les unités à consolider la dynamique de reconquête du "
                 "territoire national.",
                 "fr")
                .size(),
            0u);
}

TEST_F(EventCoderTest, RepeatedIncidentsAndFootballAreNoIncident) {
  EXPECT_EQ(Code("Tillabéri a été visée à plusieurs reprises par des enlèvements de commerçants.", "fr").size(), 0u);
  EXPECT_EQ(Code("Checkpoints near Gao have been attacked repeatedly.", "en").size(), 0u);
  EXPECT_EQ(
      Code("Éliminés aux tirs au but par le Ghana samedi à Bamako, les Aigles rentrent les mains vides.", "fr").size(),
      0u);
  // A knock-out round told with a day between verb and stage.
  EXPECT_TRUE(Code("Les Aigles ont été éliminés samedi soir en quart de finale par la Côte d'Ivoire à Bouaké.", "fr",
                   "2024-02-05")
                  .empty());
  EXPECT_TRUE(Code("Mali were knocked out on Saturday in the quarter-final by the hosts in Bouaké.", "en", "2024-02-05")
                  .empty());
}

TEST_F(EventCoderTest, ADatePostponedIsNoFightRepelled) {
  EXPECT_TRUE(Code("À Niamey, les autorités ont repoussé la rentrée scolaire au 28 octobre après les inondations.",
                   "fr", "2024-10-01")
                  .empty());
  EXPECT_EQ(
      One("Mardi, les soldats ont repoussé l'attaque contre leur poste près de Téra.", "fr", "2024-10-01").event_type,
      "Battles");
}

TEST_F(EventCoderTest, IncidentOfTheSameDayToldAfterAnotherIsItsOwn) {
  const auto events = Code(
      "Lundi, le JNIM a tiré des obus sur le camp de Barkhane à Gao. Toujours lundi, un camion de commerçants a été "
      "attaqué par des bandits armés près d'Ansongo, alors qu'il rentrait de Gao.",
      "fr", "2020-12-02");
  ASSERT_EQ(events.size(), 2u);
  EXPECT_EQ(events[1].location, "Ansongo");
  EXPECT_EQ(events[1].actor1, "Unidentified Armed Group (Mali)");
}

TEST_F(EventCoderTest, WeaponsAnAssaultUsedAreItsMeans) {
  const EventRecord r =
      One("Jeudi près de Téra, une unité de l'armée a été assaillie par des hommes armés, qui ont employé des engins "
          "explosifs et des véhicules kamikazes.",
          "fr");
  EXPECT_EQ(r.sub_event_type, "Armed clash");
  EXPECT_EQ(r.actor2, "Military Forces of Niger");
  // A suicide bombing alone stays one.
  EXPECT_EQ(One("Jeudi près de Téra, un véhicule kamikaze a explosé devant le camp de l'armée.", "fr").sub_event_type,
            "Suicide bomb");
}

TEST_F(EventCoderTest, WhatPlottersMeantToDoIsNoIncident) {
  EXPECT_EQ(One("Selon le gouvernement, les officiers arrêtés avaient le dessein de s'en prendre aux institutions à "
                "Ouagadougou mardi.",
                "fr")
                .sub_event_type,
            "Arrests");
  EXPECT_EQ(
      One("On Tuesday in Niamey, police arrested officers plotting to attack the presidency.", "en").sub_event_type,
      "Arrests");
}

TEST_F(EventCoderTest, DroneThatBombedAndAStoning) {
  const EventRecord r =
      One("On Sunday night a Nigerian army drone bombed a village near Kaduna, killing 30 people.", "en");
  EXPECT_EQ(r.sub_event_type, "Air/drone strike");
  EXPECT_EQ(r.actor1, "Military Forces of Nigeria");
  EXPECT_EQ(One("On Sunday, fighters of Ansar Dine stoned a man and a woman to death in Aguelhok.", "en").event_type,
            "Violence against civilians");
}

TEST_F(EventCoderTest, SpeakersNamedTogetherAreNoVictimsAndPreparationsNoEvent) {
  const EventRecord r = One(
      "Fighters took control of the town of Menaka on Monday after clashes nearby, residents and officials from both "
      "camps said.",
      "en", "2015-04-28");
  EXPECT_EQ(r.actor2, "");
  EXPECT_EQ(
      Code("On Monday in Bamako, the government and the rebels were preparing to sign a peace agreement.", "en").size(),
      0u);
}

TEST_F(EventCoderTest, SidesNamedAfterBetweenAreTheClashsSides) {
  const EventRecord r =
      One("On Sunday near Kidal, twelve people died in clashes between the CMA and GATIA, residents said.", "en");
  EXPECT_EQ(r.actor1, "CMA: Coordination of Movements of the Azawad");
  EXPECT_EQ(r.actor2, "GATIA: Imghad Tuareg and Allies Self-Defense Group");
  // Villagers who exchanged fire are a side ACLED codes as a militia, not civilians attacked.
  EXPECT_EQ(One("On Sunday near Bankass, gunmen attacked a village, with exchanges of fire between the gunmen and the "
                "villagers.",
                "en")
                .event_type,
            "Battles");
}

TEST_F(EventCoderTest, TollOverAListOfTownsIsNoOneTownsToll) {
  // One event per town, and a toll that counts over all of them belongs to none (ACLED's
  // rule; a town's own toll stays its own).
  for (const auto& [text, language] :
       {std::pair{
            "Des jihadistes ont attaqué jeudi les camps militaires de Kayes, Niono et Douentza. L'armée dit avoir "
            "repoussé les assauts et tué une trentaine d'assaillants au total.",
            "fr"},
        std::pair{"On Thursday jihadists attacked army camps in Kayes, Niono and Douentza, killing 14 soldiers in all.",
                  "en"}}) {
    const auto events = Code(text, language, "2023-03-10");
    ASSERT_EQ(events.size(), 3u) << text;
    for (const auto& e : events) EXPECT_EQ(e.fatalities, 0) << text << " " << e.location;
  }
  const auto events =
      Code("Des jihadistes ont attaqué jeudi les camps de Niono et Douentza. À Niono, quatre soldats ont été tués.",
           "fr", "2023-03-10");
  ASSERT_EQ(events.size(), 2u);
  EXPECT_EQ(events[0].location, "Niono");
  EXPECT_EQ(events[0].fatalities, 4);
}

TEST_F(EventCoderTest, PeopleATollCountsAreNotTheDoers) {
  // "la mort de N militaires dans une embuscade": the soldiers died in it; they did not ambush.
  for (const auto& [text, language] :
       {std::pair{"L'état-major a annoncé jeudi la mort de douze militaires des Forces armées maliennes dans une "
                  "embuscade survenue mercredi près de Boni.",
                  "fr"},
        std::pair{"The army on Thursday confirmed the deaths of twelve Malian soldiers in an ambush that took place on "
                  "Wednesday near Douentza.",
                  "en"}}) {
    const EventRecord e = One(text, language, "2023-03-10");
    EXPECT_EQ(e.fatalities, 12) << text;
    EXPECT_EQ(e.actor2, "Military Forces of Mali") << text;
    EXPECT_NE(e.actor1, "Military Forces of Mali") << text;
  }
  // Unless the violence is told in a clause of theirs: the policemen shot the herder, they
  // are not the ones it was done to.
  EXPECT_NE(
      One("On Monday villagers killed two policemen who had shot dead a herder near Kaya.", "en", "2021-05-04").actor2,
      "Police Forces of Burkina Faso");
}

TEST_F(EventCoderTest, WhatAPlacesPeopleSufferAsARuleIsNoIncidentOfTheDay) {
  // The day is the main clause's; the relative clause tells of a state of things.
  const auto events = Code(
      "Mardi, des hommes armés ont tendu une embuscade à une patrouille de l'armée près de Téra, où les habitants "
      "subissent enlèvements et assassinats.",
      "fr", "2024-03-22");
  ASSERT_EQ(events.size(), 1u);
  EXPECT_EQ(events[0].sub_event_type, "Armed clash");
}

TEST_F(EventCoderTest, PeriodsOfAnAbbreviationDoNotPartAFigureFromItsVerb) {
  EXPECT_EQ(One("Three U.N. peacekeepers were killed on Tuesday when their vehicle hit a mine near Bandiagara.", "en",
                "2023-02-22")
                .fatalities,
            3);
}

TEST_F(EventCoderTest, WhatAKindOfIncidentIsInLawIsNoIncident) {
  for (const auto& [text, language] :
       {std::pair{"Le représentant de l'ONU a rappelé mardi que les attaques contre les Casques bleus peuvent "
                  "constituer des crimes de guerre.",
                  "fr"},
        std::pair{"The UN envoy said on Tuesday that attacks on peacekeepers may amount to war crimes.", "en"}}) {
    EXPECT_TRUE(Code(text, language, "2023-02-22").empty()) << text;
  }
  // The incident told beside it stands.
  const auto events = Code(
      "A roadside bomb killed two peacekeepers near Tessalit on Monday. The UN envoy said that attacks on "
      "peacekeepers may amount to war crimes.",
      "en", "2023-02-22");
  ASSERT_EQ(events.size(), 1u);
  EXPECT_EQ(events[0].sub_event_type, "Remote explosive/landmine/IED");
}

TEST_F(EventCoderTest, TargetsNamedForEachTownAreListedTowns) {
  // One event per town, also when each town comes with its target.
  for (const auto& [text, language] :
       {std::pair{"Jeudi, des jihadistes ont attaqué simultanément le camp militaire de Kayes, la gendarmerie de "
                  "Douentza et une patrouille de l'armée à Niono.",
                  "fr"},
        std::pair{"On Thursday jihadists simultaneously attacked the army camp in Kayes, the gendarmerie in Douentza "
                  "and an army patrol at Niono.",
                  "en"}}) {
    const auto events = Code(text, language, "2014-10-31");
    ASSERT_EQ(events.size(), 3u) << text;
    EXPECT_EQ(events[2].location, "Niono") << text;
  }
  // Not a distance from another town ("à une quarantaine de kilomètres d'Abidjan").
  EXPECT_EQ(Code("Dimanche, des hommes armés ont attaqué les hôtels de Grand-Bassam, à une quarantaine de kilomètres "
                 "d'Abidjan.",
                 "fr", "2016-03-14")
                .size(),
            1u);
}

TEST_F(EventCoderTest, ASideThatLostItsPeopleIsCountedWithTheOtherSide) {
  // ACLED adds both sides' dead: "lost 12 of its men" beside the attackers killed.
  EXPECT_EQ(One("L'armée a perdu douze de ses hommes mardi lors de l'attaque de son camp de Douentza. Les militaires "
                "ont neutralisé vingt assaillants au cours des combats.",
                "fr", "2022-08-10")
                .fatalities,
            32);
  EXPECT_EQ(
      One("Cinq soldats ont été tués mardi dans une embuscade près de Kongoussi. Les assaillants ont pris la fuite "
          "après avoir perdu au moins quinze combattants.",
          "fr", "2022-08-10")
          .fatalities,
      20);
}

TEST_F(EventCoderTest, FightersCountedAgainAsSoldiersAndVolunteersAreNoArmedMen) {
  // The aside counts the twelve again: soldiers and VDP, not attackers whose dead the first
  // count's figures would add to.
  EXPECT_EQ(
      One("Douze combattants, quatre militaires et huit VDP, ont été tués samedi dans une embuscade près de Kaya. "
          "Un premier décompte faisait état de trois soldats et de huit supplétifs tués.",
          "fr", "2022-10-17")
          .fatalities,
      12);
}

TEST_F(EventCoderTest, AnIncidentToldInThePluperfectAfterItsNounIsBackground) {
  // The earlier exchange of fire is no part of the attack, nor its place.
  const auto events = Code(
      "Deux militaires ont été tués dans la nuit de mercredi à jeudi lors de l'attaque d'une position de l'armée à "
      "Porga. Porga se trouve à une cinquantaine de kilomètres de Tanguiéta. Plus tôt dans la semaine, un échange de "
      "tirs avait déjà été signalé dans le secteur de Banikoara.",
      "fr", "2021-12-02");
  ASSERT_EQ(events.size(), 1u);
  EXPECT_EQ(events[0].location, "Tanguiéta");
}

TEST_F(EventCoderTest, AnIncidentWithNoPlaceOfItsOwnIsAtTheReportsTownNotItsPark) {
  EXPECT_EQ(One("Two tourists were abducted on Wednesday during a safari. The park, Pendjari national park, lies near "
                "Tanguieta, the nearest town.",
                "en", "2019-05-05")
                .location,
            "Tanguiéta");
}

TEST_F(EventCoderTest, AListOfChargesAfterASentenceIsNoIncident) {
  for (const auto& [text, language] :
       {std::pair{"Le tribunal a condamné lundi l'ancien président à la perpétuité pour crimes contre l'humanité, "
                  "crimes de guerre et actes de torture commis pendant ses années au pouvoir.",
                  "fr"},
        std::pair{"The court on Monday sentenced the former militia leader to twenty years for war crimes, looting and "
                  "acts of torture committed in 2012.",
                  "en"}}) {
    EXPECT_TRUE(Code(text, language, "2016-05-31").empty()) << text;
  }
}

TEST_F(EventCoderTest, ArrestsLaterThatDayAreAnEventOfTheirOwn) {
  // Not the intervention at the demonstration, nor a passing mention; the police arrest when
  // no one else is named.
  for (const auto& [text, language] :
       {std::pair{"Les manifestants ont été dispersés dimanche à Niamey à coups de gaz lacrymogène. Dans la soirée, "
                  "plusieurs responsables de la coalition ont été interpellés.",
                  "fr"},
        std::pair{
            "Police dispersed the protesters in Niamey on Sunday with tear gas. Later that day, several leaders of "
            "the coalition were arrested.",
            "en"}}) {
    const auto events = Code(text, language, "2020-03-16");
    ASSERT_EQ(events.size(), 2u) << text;
    EXPECT_EQ(events[1].sub_event_type, "Arrests") << text;
    EXPECT_EQ(events[1].event_date, "2020-03-15") << text;
    EXPECT_EQ(events[1].actor1, "Police Forces of Niger") << text;
  }
}

TEST_F(EventCoderTest, ViolenceOnTheNextDayIsAnotherIncident) {
  const auto events = Code(
      "Jeudi, des hommes armés ont fait irruption dans un campement près de Ménaka, tuant douze personnes. Le "
      "lendemain, des hommes armés ont frappé un autre site de la zone : 31 civils y ont été abattus.",
      "fr", "2018-04-28");
  ASSERT_EQ(events.size(), 2u);
  EXPECT_EQ(events[0].fatalities, 12);
  EXPECT_EQ(events[1].event_date, "2018-04-27");
  EXPECT_EQ(events[1].fatalities, 31);
  // Hostages killed the next day are the abduction's.
  EXPECT_EQ(Code("On Thursday gunmen abducted two herders near Tessalit. The two were killed the following day.", "en",
                 "2018-09-08")
                .size(),
            1u);
}

TEST_F(EventCoderTest, AnAssaultWithRocketLaunchersToldByResidentsWhereNoOneDied) {
  const EventRecord e = One(
      "Gunmen attacked the gendarmerie in Djibo late on Thursday. They opened fire with rocket launchers and automatic "
      "weapons, residents said. The ministry said the gendarmes had resisted and that no one was killed.",
      "en", "2018-10-20");
  EXPECT_EQ(e.sub_event_type, "Armed clash");            // the launchers are the assault's, no shelling
  EXPECT_EQ(e.actor2, "Police Forces of Burkina Faso");  // the residents tell it
  EXPECT_EQ(e.fatalities, 0);                            // "no one was killed"
}

TEST_F(EventCoderTest, AClaimAfterAPointerGoesToTheIncidentToldBesideIt) {
  // "The bombing" points back to Sunday's bomb; the claim is that of the Kidal attack, by JNIM,
  // not by its parent named in passing; "such attacks" are no incident.
  const auto events = Code(
      "A roadside bomb killed three peacekeepers near Gao on Sunday. \"Such attacks only hurt the people of Mali,\" a "
      "spokesman said. The bombing came four days after militants attacked the camp in Kidal on Wednesday. No one "
      "was killed in that attack, which was claimed by the al Qaeda-linked alliance JNIM.",
      "en", "2017-09-25");
  ASSERT_EQ(events.size(), 2u);
  EXPECT_EQ(events[0].sub_event_type, "Remote explosive/landmine/IED");
  EXPECT_EQ(events[0].actor1, "Unidentified Armed Group (Mali)");
  EXPECT_EQ(events[1].location, "Kidal");
  EXPECT_EQ(events[1].actor1, "JNIM: Group for Support of Islam and Muslims");
}

TEST_F(EventCoderTest, AGroupThatSaysItCarriedOutTheAttacksClaimsThem) {
  for (const auto& [text, language] :
       {std::pair{"A suicide bomber struck the police headquarters in Kano on Friday. Boko Haram said it carried out "
                  "the attacks. Police fought back.",
                  "en"},
        std::pair{"Un kamikaze a frappé vendredi le siège de la police à Kano. Boko Haram a affirmé avoir mené les "
                  "attaques.",
                  "fr"}}) {
    EXPECT_EQ(One(text, language, "2012-01-22").actor1, "Boko Haram - Jamaatu Ahli is-Sunnah lid-Dawati wal-Jihad")
        << text;
  }
}

TEST_F(EventCoderTest, ExplosiveLadenVehiclesAreVehicleBombs) {
  EXPECT_EQ(One("Attackers in two explosive-laden vehicles tried to force their way into the army camp at Koulikoro on "
                "Sunday.",
                "en", "2019-02-25")
                .event_type,
            "Explosions/Remote violence");
}

TEST_F(EventCoderTest, ATriedSeizureIsAFightForThePosition) {
  EXPECT_EQ(One("Mardi, des centaines d'hommes armés ont tenté de s'emparer du poste militaire de Téra avant d'être "
                "repoussés.",
                "fr", "2024-12-12")
                .sub_event_type,
            "Armed clash");
}

TEST_F(EventCoderTest, AnAsideAmongTheVictimsBeforeTheAuxiliariesKeepsTheCount) {
  EXPECT_EQ(
      One("Samedi, l'armée a annoncé que trente-neuf civils, parmi lesquels de nombreuses femmes et des enfants, y "
          "ont été assassinés près de Téra.",
          "fr", "2024-12-16")
          .fatalities,
      39);
}

TEST_F(EventCoderTest, WhoSaysThatSomeoneWasKilledIsNoSideOfIt) {
  for (const auto& [text, language] :
       {std::pair{"Samedi, l'armée a annoncé que des civils ont été tués près de Téra.", "fr"},
        std::pair{"On Saturday the army said that civilians were killed near Tera.", "en"}}) {
    const EventRecord e = One(text, language, "2024-12-16");
    EXPECT_EQ(e.actor1, "Unidentified Armed Group (Niger)") << text;
    EXPECT_EQ(e.actor2, "Civilians (Niger)") << text;
  }
  // Unless the speaker tells what it did itself.
  EXPECT_EQ(
      One("Samedi, l'armée a annoncé avoir neutralisé vingt terroristes près de Téra.", "fr", "2024-12-16").actor1,
      "Military Forces of Niger");
}

TEST_F(EventCoderTest, APostAttackedInItsTurnIsAnotherIncident) {
  const auto events = Code(
      "Lundi vers 11 heures, une patrouille a été prise en embuscade près de Boni. Vers 13 heures, le poste de "
      "Douentza a à son tour été attaqué.",
      "fr", "2022-03-22");
  ASSERT_EQ(events.size(), 2u);
  EXPECT_EQ(events[1].location, "Douentza");
}

TEST_F(EventCoderTest, TheAttackThatTargetedAnotherPostIsToldByWhatItTargeted) {
  // "celle qui a visé ... le poste de Tominian": another incident, dated and placed by its own
  // words; the town a road leads to is not its place.
  const auto events = Code(
      "Mercredi, des hommes armés ont attaqué une position de l'armée à Niafunké, tuant deux militaires. Cette "
      "attaque survient deux jours après celle qui a visé, lundi soir, le poste de gendarmerie de Tominian, sur "
      "l'axe qui mène vers Mopti. Un gendarme y a été tué.",
      "fr", "2017-10-26");
  ASSERT_EQ(events.size(), 2u);
  EXPECT_EQ(events[1].location, "Tominian");
  EXPECT_EQ(events[1].event_date, "2017-10-23");
}

TEST_F(EventCoderTest, TakenFromHomeByArmedMenIsAnAbductionWhereTheMissionWasIsNoPlace) {
  EXPECT_EQ(One("Le 24 décembre, l'ancien ministre a été emmené de son domicile de Ouagadougou par des hommes armés.",
                "fr", "2024-01-26")
                .sub_event_type,
            "Abduction/forced disappearance");
  EXPECT_EQ(One("L'inquiétude grandit à Ténenkou. Le préfet du cercle a été enlevé le 8 mai par des hommes armés alors "
                "qu'il rentrait d'une mission à Mopti.",
                "fr", "2018-05-29")
                .location,
            "Ténenkou");
}

TEST_F(EventCoderTest, TheDeadWithHimAndTheDeadAlsoKilledAddUp) {
  for (const auto& [text, language] :
       {std::pair{"Dimanche, le maire de Djibo a été tué avec trois de ses compagnons près de Djibo.", "fr"},
        std::pair{"On Sunday the mayor of Djibo was killed along with three of his companions near Djibo.", "en"}}) {
    EXPECT_EQ(One(text, language, "2019-11-05").fatalities, 4) << text;
  }
  EXPECT_EQ(One("A forest guard was killed with a machete in Douentza on Monday.", "en", "2018-02-27").fatalities, 1);
  EXPECT_EQ(
      One("Lundi, le détachement de gendarmerie d'Oursi a été pris d'assaut. Cinq gendarmes ont perdu la vie ; au "
          "moins cinq civils ont également été tués.",
          "fr", "2019-11-05")
          .fatalities,
      10);
  EXPECT_EQ(One("Jeudi soir, des hommes armés ont attaqué un maquis à Djibo : un client a été mortellement atteint.",
                "fr", "2017-09-02")
                .fatalities,
            1);
}

TEST_F(EventCoderTest, InmatesRecapturedAreNoTerritory) {
  EXPECT_EQ(
      One("Gunmen attacked the prison at Kuje on Tuesday night and freed hundreds of inmates. By Wednesday 443 of "
          "them had been recaptured.",
          "en", "2022-07-07")
          .event_type,
      "Violence against civilians");
}

TEST_F(EventCoderTest, AMilitaryPostOverrunIsABattleForItNoTerritory) {
  for (const auto& [text, language] :
       {std::pair{"Twenty-eight soldiers were killed on Wednesday when militants overran a military post north of "
                  "Banikoara.",
                  "en"},
        std::pair{"Mercredi, des jihadistes se sont emparés du camp militaire de Boulkessi après de violents combats.",
                  "fr"}}) {
    EXPECT_EQ(One(text, language, "2025-01-10").sub_event_type, "Armed clash") << text;
  }
}

TEST_F(EventCoderTest, AnArmyCommuniquesOwnDeadAddToTheEnemysDead) {
  // "Côté ami": the forces' own dead; "treize (13) terroristes": the figure repeated in brackets.
  EXPECT_EQ(One("Lundi, une patrouille a été prise en embuscade près de Boni. La riposte des FAMa a permis de "
                "neutraliser treize (13) terroristes. Côté ami, on déplore deux (02) morts et sept (07) blessés.",
                "fr", "2022-03-22")
                .fatalities,
            15);
}

TEST_F(EventCoderTest, TheTownAnOfficeIsNamedForIsNotTheIncidentsPlace) {
  const auto events = Code(
      "Sixty-nine people, including the mayor of Banibangou, were killed on Tuesday when gunmen ambushed a local "
      "defence patrol in the Tillaberi region of western Niger. The patrol was attacked at Adab-Dab, north-east of "
      "Ouallam.",
      "en", "2021-11-04");
  ASSERT_EQ(events.size(), 1u);
  // (Adab-Dab where the gazetteer has it, else the town it is measured from.)
  EXPECT_TRUE(events[0].location == "Adab-Dab" || events[0].location == "Ouallam") << events[0].location;
  EXPECT_EQ(events[0].fatalities, 69);
}

TEST_F(EventCoderTest, ForcesNamedWithADottedAbbreviationAreTheirCountrys) {
  EXPECT_EQ(
      One("Four U.S. soldiers were killed on Wednesday in an ambush near Tongo Tongo.", "en", "2017-10-06").actor2,
      "Military Forces of the United States");
}

TEST_F(EventCoderTest, ASecondParentJoinedToTheFirstIsNoDoer) {
  // Both groups are named as the parents of the area's fighters; neither did the attack.
  for (const auto& [text, language] :
       {std::pair{"Gunmen killed twelve villagers near Markoye on Sunday. Fighters linked to al Qaeda and to Islamic "
                  "State are active in the area.",
                  "en"},
        std::pair{"Dimanche, des hommes armés ont tué douze villageois près de Markoye. Des groupes liés à Al-Qaïda "
                  "et à l'État islamique sont actifs dans la zone.",
                  "fr"}}) {
    const std::string actor1 = One(text, language, "2021-11-02").actor1;
    EXPECT_EQ(actor1.find("Islamic State"), std::string::npos) << text;
    EXPECT_EQ(actor1.find("Al Qaeda"), std::string::npos) << text;
  }
}

TEST_F(EventCoderTest, PeopleHitByStrayBulletsWereCaughtInAFight) {
  // No one aimed at them: ACLED codes them with the fight, never as civilians targeted.
  for (const auto& [text, language] :
       {std::pair{"Two women were wounded by stray bullets in Gao on Tuesday.", "en"},
        std::pair{"Mardi, deux femmes ont été blessées par des balles perdues à Gao.", "fr"}}) {
    EXPECT_EQ(One(text, language, "2018-03-08").event_type, "Battles") << text;
  }
}

TEST_F(EventCoderTest, AVillageAbroadWithNothingPointingThereIsNoPlace) {
  // "le village de Mora" says it is a village, not whose: with the report's actors Malian and
  // nothing naming Sweden or Honduras, the incident is in Mali at an unknown village.
  for (const auto& [text, language] :
       {std::pair{"Jeudi, des miliciens de Dan Na Ambassagou ont tué une dizaine de civils peuls dans le village "
                  "de Mora.",
                  "fr"},
        std::pair{"On Monday, Fulani militiamen clashed with the Malian army in the area of Yoro.", "en"}}) {
    const auto event = One(text, language, "2018-12-14");
    EXPECT_EQ(event.country, "Mali") << text;
    EXPECT_EQ(event.location, "") << text;
  }
}

TEST_F(EventCoderTest, WhereTheWoundedWereCarriedIsNotTheIncidentsPlace) {
  // The toll's sentence names the town the wounded were flown to; the army that flew them did
  // nothing to them, and the soldiers counted before a bare participle died.
  const auto events = Code(
      "Mardi, à une trentaine de kilomètres de Fada N'Gourma, un véhicule militaire a sauté sur un engin explosif. "
      "Le bilan est de sept soldats tués et six blessés, évacués par un aéronef de l'armée vers Ouagadougou.",
      "fr", "2018-08-29");
  ASSERT_EQ(events.size(), 1u);
  EXPECT_EQ(events[0].location, "Fada N'gourma");
  EXPECT_EQ(events[0].fatalities, 7);
  EXPECT_EQ(events[0].actor2, "Military Forces of Burkina Faso");
  EXPECT_EQ(One("Two soldiers were killed near Djibo on Monday and four wounded were airlifted by helicopter to "
                "Ouagadougou.",
                "en", "2019-03-05")
                .location,
            "Djibo");
}

TEST_F(EventCoderTest, APostTakenAsATargetInTheFeminineIsAttacked) {
  EXPECT_EQ(One("Lundi, la brigade de gendarmerie de Pama a été prise pour cible par des assaillants armés.", "fr",
                "2018-08-29")
                .event_type,
            "Battles");
}

TEST_F(EventCoderTest, OthersWhoAlsoDiedAddToTheOneToldFirst) {
  // "Également" inside the verb; the one told by an article before is counted once.
  EXPECT_EQ(One("Mardi, un responsable du HCUA a été abattu à Kidal, fusillade au cours de laquelle deux autres "
                "personnes ont également perdu la vie.",
                "fr", "2016-07-23")
                .fatalities,
            3);
}

TEST_F(EventCoderTest, AnimalsKilledAreNoToll) {
  for (const auto& [text, language] :
       {std::pair{"On Sunday, gunmen burned three huts and killed two sheep in a village near Bankass.", "en"},
        std::pair{"On Monday, a rocket wounded a civilian and killed three cattle near Bandiagara.", "en"},
        std::pair{"Dimanche, des hommes armés ont incendié trois cases et abattu deux bœufs près de Bankass.", "fr"}}) {
    EXPECT_EQ(One(text, language, "2018-03-12").fatalities, 0) << text;
  }
  // Nor does an aircraft shot down.
  EXPECT_EQ(
      One("Dimanche, le CSP a attaqué le camp de Léré. Elle affirme aussi avoir abattu un avion.", "fr", "2023-09-18")
          .fatalities,
      0);
}

TEST_F(EventCoderTest, ATollOverSeveralIncidentsIsNoneOfTheirs) {
  for (const auto& [text, language] :
       {std::pair{"Vingt-neuf personnes ont perdu la vie dimanche dans deux attaques distinctes près de Kaya.", "fr"},
        std::pair{"Twenty-nine people were killed on Sunday in two separate attacks near Kaya.", "en"}}) {
    for (const auto& event : Code(text, language, "2019-09-09")) EXPECT_NE(event.fatalities, 29) << text;
  }
}

TEST_F(EventCoderTest, ATollWhoseSubjectCountsIncidentsIsNoneOfTheirs) {
  for (const auto& [text, language] :
       {std::pair{"En quatre jours, deux attaques ont coûté la vie à neuf personnes à Ménaka.", "fr"},
        std::pair{"Three ambushes killed 17 soldiers near Kaya this week.", "en"}}) {
    const auto events = Code(text, language, "2019-09-09");
    EXPECT_FALSE(events.empty()) << text;
    for (const auto& event : events) EXPECT_EQ(event.fatalities, 0) << text;
  }
  // People counted are the dead, not incidents; nor are the doers a trigger names.
  EXPECT_EQ(
      One("Lundi, deux manifestants ont été tués par les forces de l'ordre à Kidal.", "fr", "2019-09-09").fatalities,
      2);
  EXPECT_EQ(One("Two suicide bombers killed 58 people in Dikwa, Nigeria, on Tuesday.", "en", "2016-02-11").fatalities,
            58);
}

TEST_F(EventCoderTest, TheForcesPostThatSituatesAnIncidentIsNoPartyToIt) {
  for (const auto& [text, language] :
       {std::pair{"Une fusillade a éclaté dimanche au marché de Ménaka, à deux pas de la gendarmerie. Deux individus à "
                  "moto ont tiré sur un véhicule. Trois personnes ont été tuées.",
                  "fr"},
        std::pair{"Gunfire broke out on Sunday at the market in Menaka, opposite the police station. Two men on a "
                  "motorbike fired at a car. Three people were killed.",
                  "en"}}) {
    const EventRecord event = One(text, language, "2019-04-09");
    EXPECT_EQ(event.event_type, "Violence against civilians") << text;
    EXPECT_EQ(event.actor2.find("Police"), std::string::npos) << text;
  }
}

TEST_F(EventCoderTest, AttackersKilledInThePluperfectPassiveAreTheSideThatFell) {
  const EventRecord event =
      One("Le ministre a indiqué que trois assaillants avaient été tués lundi à Ouagadougou.", "fr", "2018-05-23");
  EXPECT_EQ(event.event_type, "Battles");
  EXPECT_EQ(event.fatalities, 3);
}

TEST_F(EventCoderTest, APostAttackedToldInThePluperfectIsAnIncident) {
  const EventRecord event = One(
      "Cette attaque fait suite à celle du 10 mai : le commissariat de Loropéni avait été visé par quatre individus "
      "armés.",
      "fr", "2016-05-20");
  EXPECT_EQ(event.event_type, "Battles");
  EXPECT_EQ(event.event_date, "2016-05-10");
  EXPECT_EQ(event.actor2, "Police Forces of Burkina Faso");
}

TEST_F(EventCoderTest, TheFightAForceIsThereForIsNoIncident) {
  for (const auto& [text, language] :
       {std::pair{"Mardi, la Force multinationale mixte, qui combat les groupes djihadistes dans le bassin du lac "
                  "Tchad, a tenu une réunion à Diffa.",
                  "fr"},
        std::pair{"On Tuesday the Multinational Joint Task Force, which fights jihadist groups in the Lake Chad basin, "
                  "held a meeting in Diffa.",
                  "en"}}) {
    EXPECT_TRUE(Code(text, language, "2019-08-13").empty()) << text;
  }
}

TEST_F(EventCoderTest, ACrowdThatOccupiesRoadsDemonstrates) {
  const auto events = Code("Mardi à N'Djamena, des jeunes ont occupé plusieurs axes dès l'aube en brûlant des pneus.",
                           "fr", "2021-04-28");
  ASSERT_EQ(events.size(), 1u);
  EXPECT_EQ(events[0].event_type, "Riots");
}

TEST_F(EventCoderTest, CrowdsInTwoTownsFarApartAreTwoEvents) {
  // The second sentence names no place: the first town still parts the third sentence's from it.
  const auto events = Code(
      "Des milliers de personnes ont marché samedi dans les rues de Kaya. La marche s'est dispersée sans incident. À "
      "Titao, des manifestants ont saccagé un bâtiment public.",
      "fr", "2021-06-27");
  ASSERT_EQ(events.size(), 2u);
  EXPECT_EQ(events[0].location, "Kaya");
  EXPECT_EQ(events[1].location, "Titao");
}

TEST_F(EventCoderTest, TheTownAVictimWasReturningToIsNotTheScene) {
  for (const auto& [text, language] :
       {std::pair{"Quatre douaniers et un prêtre ont été tués vendredi lors de l'attaque du poste de douane de Nohao, "
                  "dans la province du Boulgou. Le prêtre, qui rentrait à Ouagadougou, a été abattu au passage.",
                  "fr"},
        std::pair{"Four customs officers and a priest were killed on Friday in an attack on the Nohao customs post in "
                  "Boulgou province. The priest, who was returning to Ouagadougou, was shot as the gunmen passed.",
                  "en"}}) {
    const auto events = Code(text, language, "2019-02-16");
    ASSERT_EQ(events.size(), 1u) << text;
    EXPECT_NE(events[0].location, "Ouagadougou") << text;
  }
}

TEST_F(EventCoderTest, TheNextDayAfterAnEarlierTimeOfTheMonthIsThatTime) {
  // "Début février" in a report of 23 February is a time before the report's days: the attack
  // "le lendemain" is the day after that killing, not after Sunday.
  for (const auto& [text, language] :
       {std::pair{
            "Des jeunes ont dressé des barricades dimanche soir à Gao. Début février, un élu avait été tué, et un "
            "poste de la milice attaqué le lendemain.",
            "fr"},
        std::pair{"Youths set up barricades in Gao on Sunday night. Early February, an official had been killed, and a "
                  "militia post attacked the next day.",
                  "en"}}) {
    const auto events = Code(text, language, "2021-02-23");
    ASSERT_EQ(events.size(), 1u) << text;
    EXPECT_EQ(events[0].event_type, "Riots") << text;
  }
}

TEST_F(EventCoderTest, ThoseGoodsWereMeantForAreNeitherVictimsNorThePlace) {
  for (const auto& [text, language] :
       {std::pair{"Vendredi, des militaires escortaient des vivres destinés aux réfugiés de Léré lorsque des hommes "
                  "armés ont ouvert le feu près de Goundam. Deux soldats ont été tués.",
                  "fr"},
        std::pair{
            "On Friday soldiers were escorting food intended for the refugees of Lere when gunmen opened fire near "
            "Goundam. Two soldiers were killed.",
            "en"}}) {
    const EventRecord event = One(text, language, "2016-01-15");
    EXPECT_EQ(event.event_type, "Battles") << text;
    EXPECT_EQ(event.location, "Goundam") << text;
  }
}

TEST_F(EventCoderTest, AnEarlierTimeOfTheMonthSetOffByCommasIsBackground) {
  EXPECT_TRUE(Code("Tombouctou reste sous le choc de l'enlèvement, début janvier, d'une missionnaire suisse.", "fr",
                   "2016-01-15")
                  .empty());
}

TEST_F(EventCoderTest, TheDayOfTheClauseThatTellsTheKillingDatesIt) {
  for (const auto& [text, language] :
       {std::pair{"The state government on Tuesday buried 34 people killed when insurgents stormed a village near "
                  "Geidam on Sunday afternoon.",
                  "en"},
        std::pair{"Le gouvernement a inhumé mardi 34 personnes tuées lorsque des insurgés ont attaqué un village près "
                  "de Geidam dimanche après-midi.",
                  "fr"}}) {
    EXPECT_EQ(One(text, language, "2024-09-03").event_date, "2024-09-01") << text;
  }
}

TEST_F(EventCoderTest, ASpanSetOffByTheLastCommaAfterAnAppositionIsTheTriggers) {
  for (const auto& [text, language] :
       {std::pair{"The Diffa region has faced attacks by Boko Haram and its rival faction, the Islamic State West "
                  "Africa Province, since February 2015.",
                  "en"},
        std::pair{"La région de Diffa subit les attaques de Boko Haram et de sa faction rivale, l'État islamique en "
                  "Afrique de l'Ouest, depuis février 2015.",
                  "fr"}}) {
    EXPECT_TRUE(Code(text, language, "2022-07-04").empty()) << text;
  }
}

TEST_F(EventCoderTest, ThoseWhoSupportedOrEscortedAreNoDoerHoweverLongTheirList) {
  for (const auto& [text, language] :
       {std::pair{"Mercredi, l'armée malienne appuyée par des miliciens dogons a affronté des miliciens peuls à Sadia, "
                  "près de Mopti.",
                  "fr"},
        std::pair{"On Wednesday the Malian army, supported by police and Dogon militiamen, clashed with Fulani "
                  "militiamen in Sadia near Mopti.",
                  "en"}}) {
    EXPECT_EQ(One(text, language, "2018-12-06").actor1, "Military Forces of Mali") << text;
  }
}

TEST_F(EventCoderTest, AFigureCountedAgainByKindInAListIsTheToll) {
  for (const auto& [text, language] :
       {std::pair{
            "Defence headquarters said on Sunday that 18 people, four soldiers, ten policemen and four civilians, "
            "were killed near Monguno.",
            "en"},
        std::pair{
            "Dix-huit personnes, dont quatre soldats, dix policiers et quatre civils, ont été tuées vendredi près "
            "de Monguno.",
            "fr"}}) {
    EXPECT_EQ(One(text, language, "2020-09-28").fatalities, 18) << text;
  }
}

TEST_F(EventCoderTest, TheFigureBeforeAnActiveVerbCountsItsDoers) {
  EXPECT_EQ(One("Dimanche, deux individus à moto ont tué un commerçant à Ménaka.", "fr", "2019-04-09").fatalities, 1);
  EXPECT_EQ(One("Dimanche, trois hommes armés ont abattu un gendarme à Ménaka.", "fr", "2019-04-09").fatalities, 1);
  EXPECT_EQ(One("Dimanche, trois hommes armés ont tué deux civils à Ménaka.", "fr", "2019-04-09").fatalities, 2);
}

TEST_F(EventCoderTest, AGroupNamedAsTheSourceIsNotTheReportsDoer) {
  for (const auto& [text, language] :
       {std::pair{"Un engin explosif a tué deux soldats mardi près de Douentza, selon le MNLA.", "fr"},
        std::pair{"A roadside bomb killed two soldiers near Douentza on Tuesday, according to the MNLA.", "en"}}) {
    EXPECT_EQ(One(text, language).actor1.find("MNLA"), std::string::npos) << text;
  }
}

TEST_F(EventCoderTest, ArmedMenWhoStruckAttacked) {
  for (const auto& [text, language] :
       {std::pair{"Le 4 mai, des assaillants ont frappé Tin-Akoff, faisant six morts parmi les habitants.", "fr"},
        std::pair{"Le 4 mai, des hommes armés avaient déjà frappé Tin-Akoff, faisant six morts.", "fr"}}) {
    const EventRecord event = One(text, language, "2021-05-10");
    EXPECT_EQ(event.event_type, "Violence against civilians") << text;
    EXPECT_EQ(event.event_date, "2021-05-04") << text;
  }
  // What a flood does is no attack.
  EXPECT_TRUE(Code("Le 4 mai, les inondations ont frappé Tin-Akoff.", "fr", "2021-05-10").empty());
}

TEST_F(EventCoderTest, ADeathToldInThePluperfectCounts) {
  EXPECT_EQ(One("Lundi soir, la localité de Bouna avait été attaquée par des individus armés. Un soldat avait "
                "succombé à ses blessures.",
                "fr", "2021-06-09")
                .fatalities,
            1);
}

TEST_F(EventCoderTest, ATownNamedAsTheEvacuationsDestinationIsNotThePlace) {
  const auto event =
      One("Mardi matin, un véhicule de la gendarmerie a sauté sur un engin explosif près de Hombori. Un gendarme a "
          "succombé à ses blessures pendant son évacuation vers Sévaré.",
          "fr", "2022-04-20");
  EXPECT_EQ(event.location, "Hombori");
  EXPECT_EQ(event.fatalities, 1);
}

TEST_F(EventCoderTest, DeathsReportedWithAHedgeCount) {
  EXPECT_EQ(One("Dimanche, le camp militaire de Sévaré a été attaqué. L'état-major fait état de six soldats tués ; "
                "onze assaillants auraient été tués.",
                "fr", "2022-04-25")
                .fatalities,
            17);
}

TEST_F(EventCoderTest, ACommunalMilitiaIsNoStandInForWhoeverAttackedTheState) {
  // The VDP, named for another incident, did not attack the gendarmes.
  const auto events = Code(
      "Mercredi soir, des hommes armés ont attaqué le village de Kogoyendé près de Barsalogho ; les VDP du secteur "
      "ont dû se replier. La veille, la brigade de gendarmerie de Ouo a été visée par une dizaine d'assaillants près "
      "de Banfora : un gendarme a perdu la vie.",
      "fr", "2021-02-11");
  ASSERT_EQ(events.size(), 2u);
  for (const auto& event : events) {
    if (event.actor2.find("Police Forces") != std::string::npos) {
      EXPECT_EQ(event.actor1.find("VDP"), std::string::npos) << event.actor1;
    }
  }
}

TEST_F(EventCoderTest, ADatelineWithItsCountryInBracketsDatesNoIncident) {
  // "MAIDUGURI (Nigeria), 7 mai 2014 (Agence) –" dates the report; the assault was on Monday.
  EXPECT_EQ(One("MAIDUGURI (Nigeria), 7 mai 2014 (Agence) – Des islamistes de Boko Haram ont attaqué le marché de "
                "Gamboru. L'assaut a commencé lundi en fin de journée.",
                "fr", "2014-05-07")
                .event_date,
            "2014-05-05");
}

TEST_F(EventCoderTest, AnAttackWithDronesIsADroneStrike) {
  for (const auto& [text, language] :
       {std::pair{"Lundi, le camp de Soumpi a été la cible d'une attaque aux drones revendiquée par le FLA.", "fr"},
        std::pair{"On Monday, kamikaze drones hit the army camp at Soumpi.", "en"}}) {
    EXPECT_EQ(One(text, language, "2025-05-27").sub_event_type, "Air/drone strike") << text;
  }
}

TEST_F(EventCoderTest, ATrialAndTheOldAttackItJudgesAreNoEvents) {
  EXPECT_TRUE(Code("La cour d'assises d'Abidjan a rendu mercredi son verdict dans le procès de l'attentat de "
                   "Grand-Bassam. L'attaque de la station balnéaire, commise en mars 2016 et revendiquée par "
                   "Al-Qaïda au Maghreb islamique, avait coûté la vie à dix-neuf personnes.",
                   "fr", "2022-12-29")
                  .empty());
}

TEST_F(EventCoderTest, ArmedMenWhoMarchedTheirCaptivesAwayHeldNoDemonstration) {
  const auto events = Code(
      "Gunmen on motorcycles stormed a school in Kuriga on Thursday morning and marched hundreds of pupils into the "
      "bush.",
      "en", "2024-03-08");
  ASSERT_FALSE(events.empty());
  for (const auto& event : events) EXPECT_NE(event.event_type, "Protests");
}

TEST_F(EventCoderTest, TheAttackersCountedAsTheyAddToTheVictims) {
  // "Ten of them": the attackers named before; the soldiers' two and their ten add up.
  EXPECT_EQ(One("Boko Haram fighters attacked an army position near Nguigmi late on Thursday, killing two soldiers. "
                "Troops repelled the attackers and killed ten of them.",
                "en", "2018-07-21")
                .fatalities,
            12);
}

TEST_F(EventCoderTest, TheWoundedTakenToHospitalAreNoNewIncident) {
  const auto events = Code(
      "At least 20 people were killed on Wednesday when CMA and GATIA fighters clashed near Kidal. Wounded CMA "
      "combatants were brought to Kidal hospital on Thursday, while injured GATIA members were taken to Gao.",
      "en", "2017-07-28");
  EXPECT_EQ(events.size(), 1u);
  // The verb stays a verb: "gunmen wounded soldiers".
  EXPECT_EQ(One("On Tuesday, gunmen wounded soldiers near Gao.", "en", "2017-07-28").event_type, "Battles");
}

TEST_F(EventCoderTest, AStateThatFightingCausedIsNoIncident) {
  for (const auto& [text, language] :
       {std::pair{"Large crowds took to the streets of Ménaka on Saturday to protest against the rising cost of food. "
                  "Ménaka, capital of one of Mali's newest regions, has been largely cut off by fighting between armed "
                  "groups.",
                  "en"},
        std::pair{"Samedi, des centaines de personnes ont manifesté à Ménaka contre la vie chère. Ménaka, coupée du "
                  "reste du pays par les combats entre groupes armés, dépend de l'aide alimentaire.",
                  "fr"}}) {
    const auto events = Code(text, language, "2024-03-18");
    ASSERT_EQ(events.size(), 1u) << text;
    EXPECT_EQ(events[0].event_type, "Protests") << text;
  }
}

TEST_F(EventCoderTest, ACrowdShotAtBurnedNothing) {
  const auto events = Code(
      "Lundi, des islamistes de Boko Haram ont semé la mort à Gamboru, tirant sur la foule d'un marché et incendiant "
      "des maisons.",
      "fr", "2014-05-07");
  ASSERT_EQ(events.size(), 1u);
  // (A market's crowd that armed men shot at is civilians: no demonstration is told.)
  EXPECT_EQ(events[0].event_type, "Violence against civilians");
}

TEST_F(EventCoderTest, AnAttackThatAnOperationFollowedIsAnIncidentOfItsOwn) {
  const auto events = Code(
      "Les FDS ont neutralisé 146 terroristes lors d'opérations conduites dans la nuit de lundi à mardi près de "
      "Ouahigouya. Ces opérations ont été déclenchées après l'attaque menée lundi par des individus armés contre la "
      "localité de Kain, près de Ouahigouya, au cours de laquelle quatorze civils ont été tués.",
      "fr", "2019-02-06");
  ASSERT_EQ(events.size(), 2u);
  EXPECT_NE(events[0].fatalities, events[1].fatalities);
}

TEST_F(EventCoderTest, AnArrestTakesNoToll) {
  // The bodies are a killing's dead; the arrest told beside them killed no one.
  const auto events = Code(
      "Les familles des hommes interpellés lundi par l'armée sur le marché de Diafarabé ont découvert jeudi une "
      "vingtaine de corps.",
      "fr", "2025-05-16");
  ASSERT_EQ(events.size(), 1u);
  EXPECT_EQ(events[0].sub_event_type, "Arrests");
  EXPECT_EQ(events[0].fatalities, 0);
}

TEST_F(EventCoderTest, AGatheringToldInThePluperfectIsAProtest) {
  EXPECT_EQ(One("Mardi, une centaine de femmes s'étaient rassemblées devant la mairie de Diafarabé pour réclamer des "
                "nouvelles des détenus.",
                "fr", "2025-05-16")
                .sub_event_type,
            "Peaceful protest");
}

TEST_F(EventCoderTest, ThePluperfectOfReportedSpeechIsNoBackground) {
  // "a ajouté que ... avaient été tués": the tense of what was said, not an earlier incident.
  EXPECT_EQ(One("Samedi, Boko Haram a attaqué la position de l'armée sur l'île de Karamga, près de Bosso : 46 "
                "militaires ont été tués. Le ministre de l'Intérieur a ajouté que 28 civils avaient été massacrés et "
                "que 156 assaillants avaient été tués.",
                "fr", "2015-04-29")
                .fatalities,
            202);
}

TEST_F(EventCoderTest, ATownTheTextGivesItsOwnCountryIsNoMisreading) {
  // The report is about Niger's and Chad's troops; "la ville nigériane de Damasak" is where they fought.
  const auto event = One(
      "DIFFA, 10 mars 2015 (Agence) – Les troupes tchadiennes et nigériennes ont repris lundi à Boko Haram la ville "
      "nigériane de Damasak, au terme de durs combats. L'hôpital de Diffa a reçu 33 blessés ; le gouverneur de Diffa "
      "a salué l'offensive.",
      "fr", "2015-03-10");
  EXPECT_EQ(event.location, "Damasak");
}

TEST_F(EventCoderTest, ATownAFewKilometresAwayIsNearerThanTheCommuneAndALandmarkWithABearing) {
  // The commune is the unit the village lies in; the town a few kilometres away is nearer.
  EXPECT_EQ(One("Vendredi, des hommes armés ont attaqué le site d'orpaillage de Dolmané (village de Madoudji, commune "
                "d'Arbinda), à quelques kilomètres de Gorgadji.",
                "fr", "2019-10-06")
                .location,
            "Gorgadji");
  // A town measured from across a bearing is a landmark, farther than the commune named.
  EXPECT_EQ(One("Samedi, une colonne du JNIM a attaqué des bases de l'EIGS dans la zone de Ndaki, commune de Gossi, à "
                "quelque 200 kilomètres au sud-ouest de Gao.",
                "fr", "2020-04-20")
                .location,
            "Gossi");
}

TEST_F(EventCoderTest, AirStrikesAreTheForcesWhoseStrikesTheyAre) {
  // "Des frappes aériennes des FAMa": the doer after the noun; and a strike no one is named for
  // is the state's, never the group the report names.
  const auto events = Code(
      "Le 10 janvier 2022, des frappes aériennes des Forces armées maliennes ont visé le secteur de Songo, dans le "
      "cercle de Bankass. Le 12 janvier, de nouvelles frappes ont été conduites près de Bankass ; l'armée fait état "
      "de plusieurs morts dans les rangs de la katiba Macina.",
      "fr", "2022-01-17");
  ASSERT_EQ(events.size(), 2u);
  for (const auto& event : events) EXPECT_EQ(event.actor1, "Military Forces of Mali") << event.event_date;
}

TEST_F(EventCoderTest, UnknownCountrysForcesAreUnidentifiedMilitaryForces) {
  // No country is known: no "Military Forces of International".
  const auto event = One("On Sunday, two army vehicles were hit by an IED.", "en", "2017-03-27");
  // (The vehicles were hit: the forces suffered the blast.)
  EXPECT_EQ(event.actor2, "Unidentified Military Forces");
}

TEST_F(EventCoderTest, WhatGroupsDidOccasionallyIsNoIncident) {
  // "Parfois, coordonnaient leurs attaques": a habit; the clash of the 18th is JNIM's on the EIGS.
  // (Not "à l'occasion", which also opens "à l'occasion de la fête", on the occasion of.)
  const auto event = One(
      "Pendant des années, les filiales d'Al-Qaïda et de l'État islamique cohabitaient et, parfois, "
      "coordonnaient leurs attaques. Le samedi 18 avril, une colonne du JNIM a lancé une offensive contre des bases "
      "de l'EIGS près de Gossi.",
      "fr", "2020-04-25");
  EXPECT_EQ(event.actor1, "JNIM: Group for Support of Islam and Muslims");
}

TEST_F(EventCoderTest, AQuestionTellsOfNothingThatHappened) {
  EXPECT_TRUE(Code("The first storms have reached the central Sahel, and with them an old question for commanders: "
                   "will the coming months bring a lull, or a new kind of fighting?",
                   "en", "2025-06-28")
                  .empty());
}

TEST_F(EventCoderTest, WhereAForeignMissionStandsIsNotTheIncidentsPlace) {
  const auto events = Code(
      "Unidentified gunmen abducted a Swiss woman from her home in Agadez late on Sunday. Switzerland's foreign "
      "ministry said it had been informed of the kidnapping of a Swiss citizen and that its mission in Niamey was in "
      "contact with local authorities.",
      "en", "2025-04-14");
  ASSERT_EQ(events.size(), 1u);
  EXPECT_EQ(events[0].location, "Agadez");
}

TEST_F(EventCoderTest, WhatAnAttackAvengedHappenedBefore) {
  for (const auto& [text, language] :
       {std::pair{"On Tuesday, gunmen stormed a mosque in Malumfashi, in Nigeria's Katsina State, killing 17 "
                  "worshippers. Katsina's commissioner said the raid was revenge for an ambush that residents had "
                  "laid for the gunmen near Funtua, in which several bandits were killed.",
                  "en"},
        std::pair{"Mardi, des hommes armés ont attaqué une mosquée à Malumfashi, tuant 17 fidèles, en représailles à "
                  "une embuscade tendue par des habitants.",
                  "fr"}}) {
    const auto events = Code(text, language, "2025-08-21");
    ASSERT_EQ(events.size(), 1u) << text;
    EXPECT_EQ(events[0].fatalities, 17) << text;
  }
}

TEST_F(EventCoderTest, ACommunalMilitiaNamedOnlyAsSoughtIsNoDoer) {
  const auto event = One(
      "Dans la nuit de jeudi à vendredi, des dizaines d'hommes armés ont fait irruption sur le site aurifère de "
      "Kougdiguin, près de Bouroum, et ont tiré sur les orpailleurs. Selon un témoin, des hommes armés étaient passés "
      "sur le site une dizaine de jours plus tôt sans s'en prendre à personne, en affirmant ne rechercher que des "
      "VDP.",
      "fr", "2022-04-03");
  EXPECT_EQ(event.actor1.find("VDP"), std::string::npos) << event.actor1;
  EXPECT_EQ(event.event_type, "Violence against civilians");
}

TEST_F(EventCoderTest, BringingTheTollToANewFigureRevisesIt) {
  EXPECT_EQ(One("On Thursday, armed men attacked a gold-panning site near Seytenga. Ten bodies were found on Thursday "
                "evening and four more on Friday morning, bringing the toll from that attack to 14.",
                "en", "2022-03-13")
                .fatalities,
            14);
}

TEST_F(EventCoderTest, WhoeverIsNamedBeforeAPassiveVerbSufferedIt) {
  // (A forward post named by a noun is no base established.)
  const auto event =
      One("Jeudi, un poste avancé de VDP a été attaqué à Rakoegtenga, près de Kongoussi.", "fr", "2023-01-21");
  EXPECT_EQ(event.event_type, "Battles");
  EXPECT_EQ(event.actor2, "VDP: Volunteer for Defense of Homeland");
}

TEST_F(EventCoderTest, ATollToldParagraphsAfterTheOnlyIncidentIsItsToll) {
  EXPECT_EQ(One("Dimanche, des hommes armés à moto ont ouvert le feu sur un véhicule de forains près de Douentza.\n\n"
                "Personne n'a revendiqué l'attaque. Un responsable militaire évoque des « terroristes ».\n\n"
                "À Douentza, la colère le dispute à la lassitude. « Le marché est notre seule source de revenus », "
                "dit un transporteur.\n\n"
                "Le bilan, communiqué lundi par une source militaire, s'établit à six morts et treize blessés.",
                "fr", "2021-06-21")
                .fatalities,
            6);
}

TEST_F(EventCoderTest, AMixedCaseDatelineIsADateline) {
  EXPECT_EQ(One("Bamako (Agency) – Gunmen stormed the prefecture in Diré on Wednesday and abducted two sub-prefects.",
                "en", "2020-06-19")
                .location,
            "Diré");
}

TEST_F(EventCoderTest, ARangeOfDaysWithWeekdaysAndARangeOfDeadKeepTheirFirst) {
  // "Entre lundi 18 et mercredi 20 octobre" dates from the 18th; "40 à 50 morts" keeps 40.
  const auto event = One(
      "Entre lundi 18 et mercredi 20 octobre, une centaine de dozos se sont lancés à l'assaut de Marebougou, près de "
      "Djenné, tenu par la katiba Macina. Les sources locales parlent de 40 à 50 morts dans leurs rangs.",
      "fr", "2021-10-26");
  EXPECT_EQ(event.event_date, "2021-10-18");
  EXPECT_EQ(event.fatalities, 40);
}

TEST_F(EventCoderTest, AHeadingThatOpensAParagraphGivesWayToTheCommuneNamedAfterIt) {
  EXPECT_EQ(One("Oudalan – Une quinzaine de personnes ont été tuées hier mardi dans le village d'Adjarara, commune "
                "de Tin-Akoff.",
                "fr", "2021-05-19")
                .location,
            "Tin-Akoff");
}

TEST_F(EventCoderTest, ADeathThreatIsNoDeath) {
  EXPECT_EQ(One("Dimanche, des assaillants ont attaqué la brigade de gendarmerie de Partiaga. À Gayéri, un message "
                "menaçant de mort les enseignants a été découvert au lycée.",
                "fr", "2018-11-13")
                .fatalities,
            0);
}

TEST_F(EventCoderTest, AnIncidentToldAfterASceneSetOnADayHappenedThatDay) {
  // Saturday dates the burial; Tuesday's scene dates the abduction told right after it, and a
  // road described as dangerous "depuis des mois" is no span that hides it.
  const auto event = One(
      "L'imam de Djibo a été inhumé hier samedi. Mardi, vers midi, il rentrait de Ouagadougou à bord d'un car. "
      "Entre Namsiguia et Djibo, sur un tronçon que les habitants décrivent depuis des mois comme le plus dangereux, "
      "des hommes armés ont arrêté le véhicule puis n'ont fait descendre que l'imam, qu'ils ont emmené.",
      "fr", "2020-08-16");
  EXPECT_EQ(event.sub_event_type, "Abduction/forced disappearance");
  EXPECT_EQ(event.event_date, "2020-08-11");
}

TEST_F(EventCoderTest, AnArticleInARelativeClauseOnTheCountedNounIsNoToll) {
  // The article opens the object of the clause ("un mariage", "a minibus"); the figure before
  // the clause counts the dead.
  EXPECT_EQ(One("Une vingtaine de villageois qui se rendaient à un mariage ont été tués jeudi près de Djibo par des "
                "hommes armés.",
                "fr", "2019-03-08")
                .fatalities,
            20);
  EXPECT_EQ(One("Three traders who were travelling in a minibus were killed by gunmen near Douentza on Monday.", "en",
                "2019-03-12")
                .fatalities,
            3);
}

TEST_F(EventCoderTest, APlaceAfterDepuisIsWhereTheyCameFrom) {
  EXPECT_EQ(One("Le préfet de Téra a été tué mardi dans une embuscade dans la commune de Bankilaré, alors qu'il "
                "revenait à son poste depuis Niamey.",
                "fr", "2022-03-02")
                .location,
            "Bankilaré");
}

TEST_F(EventCoderTest, TheIslamicStatesSahelBranchBearsTheNameACLEDGaveItThen) {
  const std::string text = "Des combattants de l'EIGS ont tué trois soldats nigériens mardi près d'Ayorou.";
  EXPECT_EQ(One(text, "fr", "2018-05-17").actor1, "Islamic State (Greater Sahara)");
  EXPECT_EQ(One(text, "fr", "2021-05-19").actor1, "Islamic State (West Africa) - Greater Sahara Faction");
  EXPECT_EQ(One(text, "fr", "2023-05-18").actor1, "Islamic State (Sahel)");
}

TEST_F(EventCoderTest, TwoGroupsGivenAsEitherOneNameOneDoerByBoth) {
  // Either order of the report gives ACLED's one name, in the dictionary's order.
  const std::string both = "JNIM: Group for Support of Islam and Muslims and/or Islamic State (Sahel)";
  EXPECT_EQ(
      One("Suspected ISGS or JNIM militants burned a school in Gorom-Gorom on Tuesday.", "en", "2023-02-08").actor1,
      both);
  EXPECT_EQ(One("Des jihadistes présumés du JNIM ou de l'EIGS ont incendié une école mardi à Gorom-Gorom.", "fr",
                "2023-02-08")
                .actor1,
            both);
  // Two groups named as adversaries are two actors.
  const auto clash = One("Fighters of JNIM and ISGS clashed near Gossi on Monday.", "en", "2023-02-07");
  EXPECT_EQ(clash.actor1, "JNIM: Group for Support of Islam and Muslims");
  EXPECT_EQ(clash.actor2, "Islamic State (Sahel)");
}

TEST_F(EventCoderTest, TwoActorsJoinedAsTheSubjectOfAClashAreItsTwoSides) {
  const auto fr = One("Des dozos et des miliciens peuls se sont affrontés lundi près de Djenné.", "fr", "2019-06-25");
  EXPECT_EQ(fr.actor1, "Dozo Communal Militia (Mali)");
  EXPECT_EQ(fr.actor2, "Fulani Ethnic Militia (Mali)");
  // With an object, the subject is one side: "A and B clashed with C".
  const auto with = One("The army and the MSA clashed with ISGS militants near Akabar on Sunday.", "en", "2018-04-02");
  EXPECT_EQ(with.actor2, "Islamic State (Greater Sahara)");
}

TEST_F(EventCoderTest, ThePassiveVerbsSubjectIsNotFoundPastAnotherVerb) {
  // The militiamen are the subject of "attacked"; "were killed" tells of the villagers.
  const auto event =
      One("Dogon militiamen attacked the village of Sare near Bankass on Sunday, 17 Fulani men were killed.", "en",
          "2019-01-08");
  EXPECT_EQ(event.event_type, "Violence against civilians");
  EXPECT_EQ(event.actor1, "Dogon Ethnic Militia (Mali)");
}

TEST_F(EventCoderTest, ARetiredSoldierKilledIsACivilian) {
  for (const auto& [text, language] :
       {std::pair<std::string, std::string>{"Des hommes armés ont abattu jeudi un "
                                            "gendarme à la retraite sur le marché de "
                                            "Léré.",
                                            "fr"},
        {"Gunmen shot dead a retired soldier at the cattle market in Léré on Thursday.", "en"}}) {
    const auto event = One(text, language, "2017-06-02");
    EXPECT_EQ(event.event_type, "Violence against civilians") << text;
    EXPECT_EQ(event.actor2, "Civilians (Mali)") << text;
  }
}

TEST_F(EventCoderTest, AWallKnockedDownCountsNoOne) {
  // "Abattre" a wall is to knock it down: the kidnapping counts no dead.
  const auto event =
      One("Dans la nuit de samedi, des hommes armés ont abattu une partie du mur de la concession du "
          "maire de Tonka avant de l'enlever.",
          "fr", "2020-03-09");
  EXPECT_EQ(event.fatalities, 0);
}

TEST_F(EventCoderTest, AReportThatNamesNoPlaceButItsDatelineIsAboutThatTown) {
  EXPECT_EQ(One("Kidal (Agence) – Des jeunes en colère ont incendié des pneus et bloqué les rues de la ville dans la "
                "nuit de lundi à mardi.",
                "fr", "2017-03-14")
                .location,
            "Kidal");
  // A place named in the text still outranks the dateline.
  EXPECT_EQ(One("Bamako (Agency) – Gunmen shot dead two traders near Nioro on Monday.", "en", "2017-03-14").location,
            "Nioro");
}

TEST_F(EventCoderTest, AnArticleInAParticipleClauseOnTheCountedNounIsNoToll) {
  EXPECT_EQ(One("Nine passengers travelling in a minibus were killed on Friday when it hit a mine near Boni.", "en",
                "2018-03-12")
                .fatalities,
            9);
  EXPECT_EQ(One("Four gendarmes including an officer were killed on Friday in an ambush near Boni.", "en", "2018-03-12")
                .fatalities,
            4);
}

TEST_F(EventCoderTest, ARegionGrippedByACycleOfAttacksIsNoIncident) {
  // The closing line of context adds no clash to the mine blast.
  const auto events = Code(
      "A bus hit a landmine near Douentza on Friday, killing 14 passengers.\n\n"
      "The centre of the country has been gripped by a cycle of jihadist attacks and reprisals "
      "between communal militias.",
      "en", "2018-03-12");
  ASSERT_EQ(events.size(), 1u);
  EXPECT_EQ(events[0].sub_event_type, "Remote explosive/landmine/IED");
}

TEST_F(EventCoderTest, ATallyOverWeeksIsNoIncident) {
  EXPECT_TRUE(Code("Les opérations menées dans la boucle du Mouhoun entre le 3 mars et le 2 avril ont permis de "
                   "neutraliser une quarantaine de terroristes, selon l'état-major.",
                   "fr", "2024-04-04")
                  .empty());
  // A range of a few days across two months dates the incident from its first day.
  const auto event =
      One("Du 30 juin au 1er juillet, des hommes armés ont attaqué trois hameaux près de Djibo, tuant "
          "douze civils.",
          "fr", "2023-07-04");
  EXPECT_EQ(event.event_date, "2023-06-30");
  EXPECT_EQ(event.fatalities, 12);
}

TEST_F(EventCoderTest, AUnitOfTheReportsCountryComesBeforeAForeignCountryNamedFirst) {
  const auto event =
      One("Les bandits armés venus des États frontaliers du Nigeria ont de nouveau frappé dans le "
          "département de Madarounfa. Lundi, un groupe armé a fait irruption dans un village de la "
          "commune de Safo : un habitant a été tué.",
          "fr", "2023-03-15");
  EXPECT_EQ(event.country, "Niger");
}

TEST_F(EventCoderTest, SeizingPeopleIsAnAbductionNotTerritory) {
  const auto event =
      One("Dans la nuit de mardi, des hommes armés se sont emparés du chef du village de Koutougou et "
          "de son fils, près de Djibo.",
          "fr", "2020-02-06");
  EXPECT_EQ(event.sub_event_type, "Abduction/forced disappearance");
}

TEST_F(EventCoderTest, TheTownOfTheHospitalTheWoundedWereTakenToIsNotTheIncidents) {
  const auto events = Code(
      "Dimanche, des hommes armés ont attaqué un camion de passagers entre Taroun et Tizigorou, "
      "dans le département de Banibangou, et se sont emparés des vivres qu'il transportait.\n\n"
      "Le bilan fait état de dix-huit personnes tuées et de huit blessées, évacuées vers le "
      "district sanitaire de Ouallam.",
      "fr", "2022-02-22");
  ASSERT_EQ(events.size(), 1u);
  EXPECT_NE(events[0].location, "Ouallam");
  EXPECT_EQ(events[0].fatalities, 18);
}

TEST_F(EventCoderTest, StudentsClashingWithThePoliceAreRioters) {
  for (const auto& [text, language] :
       {std::pair<std::string, std::string>{"Mardi, des affrontements entre étudiants et policiers ont fait une "
                                            "vingtaine de blessés sur le campus de Ouagadougou.",
                                            "fr"},
        {"On Tuesday, clashes between students and police left about twenty people injured on the campus in "
         "Ouagadougou.",
         "en"}}) {
    const auto event = One(text, language, "2019-05-08");
    EXPECT_EQ(event.event_type, "Riots") << text;
    EXPECT_EQ(event.actor1, "Rioters (Burkina Faso)") << text;
    EXPECT_EQ(event.actor2, "Police Forces of Burkina Faso") << text;
  }
}

TEST_F(EventCoderTest, ATallyOverASpanOfMonthsIsNoIncident) {
  EXPECT_TRUE(Code("Entre janvier et mars, 312 civils ont été tués dans la région de Mopti, selon un rapport de la "
                   "division des droits de l'homme de la mission de l'ONU.",
                   "fr", "2019-05-02")
                  .empty());
  EXPECT_TRUE(Code("Between January and March, 312 civilians were killed in the Mopti region, a UN report said.", "en",
                   "2019-05-02")
                  .empty());
}

TEST_F(EventCoderTest, ForcesSpreadThinDisperseNoProtest) {
  EXPECT_TRUE(Code("Selon un analyste joint à Niamey, multiplier les escortes des convois protégerait les chantiers, "
                   "mais au prix d'une dispersion des forces dans la région d'Agadez.",
                   "fr", "2025-07-25")
                  .empty());
}

TEST_F(EventCoderTest, AMilitaryPostAttackedIsTheForcesButNamesNoOneElsewhere) {
  for (const auto& [text, language] :
       {std::pair<std::string, std::string>{"Lundi, le détachement de Djibo a été attaqué par des hommes armés ; "
                                            "l'attaque a fait quatre morts.",
                                            "fr"},
        {"On Monday, gunmen ambushed a patrol near Djibo, killing four.", "en"}}) {
    const auto event = One(text, language, "2019-08-21");
    EXPECT_EQ(event.event_type, "Battles") << text;
    EXPECT_EQ(event.actor2, "Military Forces of Burkina Faso") << text;
  }
  // Soldiers on a patrol who shoot a farmer attack a civilian: the patrol is no victim.
  const auto patrol =
      One("On Sunday night, soldiers on a patrol shot and wounded a farmer near Sebba.", "en", "2021-08-02");
  EXPECT_EQ(patrol.event_type, "Violence against civilians");
  EXPECT_EQ(patrol.actor1, "Military Forces of Burkina Faso");
}

TEST_F(EventCoderTest, AVerbOfOpposingNamesTheTwoSidesOfAClash) {
  const auto riot =
      One("Les heurts qui ont opposé lundi des centaines de lycéens aux forces de l'ordre ont fait sept "
          "blessés à Zinder.",
          "fr", "2016-02-09");
  EXPECT_EQ(riot.event_type, "Riots");
  EXPECT_EQ(riot.actor1, "Rioters (Niger)");
  const auto clash =
      One("Des combats opposant l'armée malienne au MNLA ont éclaté jeudi près d'Anéfis.", "fr", "2014-05-23");
  EXPECT_EQ(clash.actor1, "MNLA: National Movement for the Liberation of Azawad");
  EXPECT_EQ(clash.actor2, "Military Forces of Mali");
}

TEST_F(EventCoderTest, ATallyOverAnOperationIsNoIncident) {
  // (The day dates the press conference, in a sentence of its own.)
  EXPECT_TRUE(Code("Le chef d'état-major a présenté hier à Kaya le bilan de l'opération. Sur l'ensemble de "
                   "l'opération, onze militaires ont perdu la vie. Il a refusé de chiffrer les « neutralisés ».",
                   "fr", "2020-06-06")
                  .empty());
}

TEST_F(EventCoderTest, TheOrganisationIslamicStateInTheSahelIsOneName) {
  // "L'organisation État islamique" would otherwise leave "au Sahel" to be read as a place,
  // and "à ceux de" names the second side of the fighting.
  const auto event =
      One("Des combats ont opposé jeudi les combattants du JNIM à ceux de l'organisation État islamique "
          "au Sahel près de Ménaka.",
          "fr", "2022-11-01");
  EXPECT_EQ(event.location, "Ménaka");
  EXPECT_EQ(event.actor1, "JNIM: Group for Support of Islam and Muslims");
  EXPECT_EQ(event.actor2, "Islamic State (Sahel)");
}

TEST_F(EventCoderTest, OperationsCountedAfterATollNounAreNoToll) {
  EXPECT_EQ(One("L'état-major a publié lundi le bilan de plusieurs opérations menées dans le Soum : une embuscade a "
                "été tendue à une patrouille près de Djibo.",
                "fr", "2020-09-22")
                .fatalities,
            0);
}

TEST_F(EventCoderTest, TheSecondTownOfADatelineAfterASlashIsTheDatelines) {
  EXPECT_EQ(One("Dakar/Bamako (Agency) – Gunmen killed three traders near Diafarabé on Sunday, local officials said.",
                "en", "2020-01-13")
                .location,
            "Diafarabé");
}

TEST_F(EventCoderTest, ADayOfMobilisationThatTurnsToClashesIsARiot) {
  const auto events = Code(
      "La journée de mobilisation de ce samedi contre la vie chère a tourné à l'affrontement à "
      "Koudougou.",
      "fr", "2021-11-27");
  ASSERT_EQ(events.size(), 1u);
  EXPECT_EQ(events[0].event_type, "Riots");
}

TEST_F(EventCoderTest, ARiseInTheNumberOfWoundedIsNoToll) {
  EXPECT_EQ(One("Un casque bleu blessé lors de l'attaque de mardi contre une base de la Minusma à Aguelhok est "
                "décédé, a annoncé jeudi la mission, qui porte à 19 le nombre de blessés.",
                "fr", "2021-03-05")
                .fatalities,
            1);
}

TEST_F(EventCoderTest, ACountedNounMayHaveAPhraseOfItsOwnBeforeItsDeadWord) {
  EXPECT_EQ(One("Des hélicoptères français ont intercepté mardi un pick-up près de Ménaka. Les cinq hommes présents "
                "dans le véhicule ont été tués.",
                "fr", "2020-11-13")
                .fatalities,
            5);
}

TEST_F(EventCoderTest, AFigureWithItsOwnCountOfTheWoundedCountsNoDead) {
  // The dead word comes later, uncounted.
  EXPECT_EQ(One("Des chasseurs dozos ont attaqué Marebougou lundi. Un site local évoque 48 chasseurs blessés sans "
                "chiffrer les morts.",
                "fr", "2021-10-21")
                .fatalities,
            0);
  // The wounded who died are dead.
  EXPECT_EQ(
      One("Des hommes armés ont attaqué Marebougou lundi. Deux blessés ont succombé à l'hôpital.", "fr", "2021-10-21")
          .fatalities,
      2);
}

TEST_F(EventCoderTest, AnAgeIsNoToll) {
  EXPECT_EQ(One("A 50-year-old herder was killed by soldiers near Boni on Tuesday.", "en", "2018-01-17").fatalities, 1);
}

TEST_F(EventCoderTest, DevicesAndVehiclesCountedAreNoPeople) {
  // "an IED ... neutralized" is no dead; "8 killed 2 vehicles destroyed": the figure before the verb
  // stands although things follow it.
  EXPECT_EQ(One("A MINUSMA patrol was attacked near Boni on Wednesday; the attack was repelled and one assailant "
                "killed, an IED was also detected and neutralized.",
                "en", "2018-03-29")
                .fatalities,
            1);
  EXPECT_EQ(
      One("Militants ambushed an army patrol near Boni on Friday: 8 killed 2 vehicles destroyed.", "en", "2017-11-25")
          .fatalities,
      8);
}

TEST_F(EventCoderTest, AFigureBeforeTheDeadAsAComplementCountsItsOwnNoun) {
  // "Un collègue des victimes" is one colleague, not one dead.
  EXPECT_EQ(One("Des hommes armés ont enlevé deux enseignants près de Djibo lundi. Jusqu'ici, souligne un collègue "
                "des victimes, les enseignants enlevés étaient relâchés.",
                "fr", "2019-03-20")
                .fatalities,
            0);
}

TEST_F(EventCoderTest, ASubjectTakenUpByAPronounStillDied) {
  EXPECT_EQ(One("Le 22 septembre, le maire de Gorouol avait lui aussi été tué dans une embuscade.", "fr", "2025-10-06")
                .fatalities,
            1);
}

TEST_F(EventCoderTest, AnAsideDescribingTheCountedDeadKeepsTheirCount) {
  EXPECT_EQ(One("Nine traders, most of whom were from the Bozo community, were killed by gunmen near Macina on Friday.",
                "en", "2017-02-18")
                .fatalities,
            9);
  EXPECT_EQ(One("Dix commerçants, dont la plupart venaient de l'ethnie bozo, ont été tués vendredi près de Macina.",
                "fr", "2017-02-18")
                .fatalities,
            10);
}

TEST_F(EventCoderTest, TheDayAfterACommuniqueReadOutDatesTheReading) {
  const auto events = Code(
      "Le dimanche 6 octobre, un détachement a eu un accrochage avec des hommes armés près de Dogondoutchi. Deux "
      "soldats ont été tués, selon le communiqué du ministère lu le lendemain, qui fait état d'intenses combats.",
      "fr", "2019-10-14");
  ASSERT_EQ(events.size(), 1u);
  EXPECT_EQ(events[0].event_date, "2019-10-06");
  EXPECT_EQ(events[0].fatalities, 2);
}

TEST_F(EventCoderTest, TheOtherSidesOwnLowerCountIsAnAlternativeToll) {
  for (const auto& [text, language] :
       {std::pair<std::string, std::string>{
            "Les soldats ont repris Anéfis au MNLA mercredi ; l'armée annonce dix rebelles "
            "tués, mais le MNLA ne reconnaît que deux morts dans ses rangs.",
            "fr"},
        {"Malian troops retook Anefis from the MNLA on Wednesday; the army said ten rebels "
         "were killed, while the MNLA admitted only two dead.",
         "en"}}) {
    EXPECT_EQ(One(text, language, "2013-06-05").fatalities, 2) << text;
  }
}

TEST_F(EventCoderTest, ATownHeldUntilThenByAGroupWasTakenFromIt) {
  // The day between the verb and its object, after "ce"; the group that held the town lost it.
  const auto event =
      One("L'armée malienne a pris ce mercredi le contrôle d'Anéfis, tenue jusque-là par les rebelles "
          "du MNLA.",
          "fr", "2013-06-05");
  EXPECT_EQ(event.sub_event_type, "Government regains territory");
  EXPECT_EQ(event.actor1, "Military Forces of Mali");
  EXPECT_NE(event.actor2.find("MNLA"), std::string::npos) << event.actor2;
}

TEST_F(EventCoderTest, AnotherFigureToldApartForTheSameDeadKeepsTheLower) {
  EXPECT_EQ(One("Boko Haram a attaqué vendredi soir le poste de la Garde nationale de Chétimari. Samedi, des sources "
                "sécuritaires parlaient de huit membres des forces de défense tués. Le communiqué du ministère avance "
                "un autre chiffre : sept gardes tués par balles.",
                "fr", "2019-02-17")
                .fatalities,
            7);
  // Another source's count of another side adds up, as before.
  EXPECT_EQ(One("Un groupe armé a attaqué mardi le village de Niamana. Les soldats ont neutralisé dix assaillants. "
                "D'après une autre source, sept soldats ont perdu la vie.",
                "fr", "2023-08-03")
                .fatalities,
            17);
}

TEST_F(EventCoderTest, ACountOfAttacksNamesNoneOfThem) {
  const auto events = Code(
      "Vingt-neuf personnes ont perdu la vie dimanche dans deux attaques distinctes dans la province du "
      "Sanmatenga. Sur l'axe Barsalogho–Guendbila, un camion a sauté sur un engin explosif improvisé : quinze "
      "morts. Plus au nord, des assaillants ont attaqué un convoi sur la route reliant Dablo à Kelbo, tuant "
      "quatorze civils.",
      "fr", "2019-09-09");
  ASSERT_EQ(events.size(), 2u);
  const bool bomb = events[0].sub_event_type == "Remote explosive/landmine/IED" ||
                    events[1].sub_event_type == "Remote explosive/landmine/IED";
  EXPECT_TRUE(bomb) << events[0].sub_event_type << " / " << events[1].sub_event_type;
}

TEST_F(EventCoderTest, OneMoreDeadToldInALaterSentenceAddsToTheOneFirstTold) {
  for (const auto& [text, language] :
       {std::pair<std::string, std::string>{"Le directeur de l'école de Kourfayel a été abattu vendredi par des hommes "
                                            "armés. Un habitant du village, qui se trouvait à ses côtés, a également "
                                            "été tué.",
                                            "fr"},
        {"The headmaster of the Kourfayel school was shot dead by gunmen on Friday. A villager who was with him was "
         "also killed.",
         "en"}}) {
    EXPECT_EQ(One(text, language, "2017-03-04").fatalities, 2) << text;
  }
  // After a figure, the dead named as also killed are among those it counted.
  EXPECT_EQ(One("Des hommes armés ont tué 26 villageois samedi à Binedama. Une femme âgée et une fillette ont aussi "
                "été tuées.",
                "fr", "2020-06-07")
                .fatalities,
            26);
}

TEST_F(EventCoderTest, WhatBringsTheTollToAFigureGivesTheToll) {
  EXPECT_EQ(One("Lundi, des hommes armés ont attaqué le village de Tonri Oulo, près d'Arbinda, et ont abattu trois "
                "civils. Le décès de blessés à l'hôpital porte le bilan à sept morts.",
                "fr", "2022-03-15")
                .fatalities,
            7);
}

TEST_F(EventCoderTest, TheDeadThoseRepelledLeftBehindAreTheirs) {
  // Theirs, beside the soldiers' dead: the two add up.
  EXPECT_EQ(One("Deux militaires béninois ont été tués mercredi lors de l'attaque d'une position de l'armée à Porga. "
                "Les assaillants ont été repoussés en laissant trois morts derrière eux.",
                "fr", "2021-12-02")
                .fatalities,
            5);
}

TEST_F(EventCoderTest, TheWeekdayOfAVoteDatesNoIncident) {
  for (const std::string text : {"Two people were killed in unrest in Niamey after Sunday's presidential run-off, the "
                                 "minister said on Thursday.",
                                 "Two people were killed in unrest in Niamey after the Sunday vote, the minister said "
                                 "on Thursday."}) {
    EXPECT_NE(One(text, "en", "2021-02-26").event_date, "2021-02-21") << text;
  }
}

TEST_F(EventCoderTest, DeathsInARiotAreTheRiots) {
  // The crowd burned and looted: a violent demonstration with its dead, not excessive force.
  const auto event =
      One("Supporters of the opposition burned tyres and looted shops in Niamey on Tuesday; police fired "
          "tear gas to disperse them. Two people were killed.",
          "en", "2021-02-26");
  EXPECT_EQ(event.sub_event_type, "Violent demonstration");
  EXPECT_EQ(event.fatalities, 2);
}

TEST_F(EventCoderTest, OtherDeadToldBesideTheFirstAddUp) {
  EXPECT_EQ(One("Des roquettes sont tombées dimanche sur le camp de la Minusma à Kidal : un Casque bleu a été tué à "
                "l'intérieur du camp, tandis que deux civils ont perdu la vie à l'extérieur.",
                "fr", "2015-03-09")
                .fatalities,
            3);
}

TEST_F(EventCoderTest, ALongAsideWithArticlesKeepsTheCountOfTheDeadItDescribes) {
  EXPECT_EQ(
      One("Lundi, le détachement de gendarmerie d'Oursi a été pris d'assaut. Cinq gendarmes ont perdu la vie ; "
          "au moins cinq civils, des employés d'une entreprise privée venus installer un forage dans le camp, ont "
          "également été tués.",
          "fr", "2019-11-05")
          .fatalities,
      10);
}

TEST_F(EventCoderTest, OneWhoDiedOfHisWoundsIsOneDead) {
  for (const auto& [text, language] :
       {std::pair<std::string, std::string>{"Le maire de Tonka, blessé par balle lors de son enlèvement samedi près "
                                            "de Goundam, est décédé dimanche.",
                                            "fr"},
        {"The mayor of Tonka, shot while being abducted near Goundam on Saturday, has died.", "en"}}) {
    EXPECT_EQ(One(text, language, "2019-06-10").fatalities, 1) << text;
  }
}

TEST_F(EventCoderTest, ACountryThatContinuesToFaceAttacksTellsOfNoIncident) {
  // (In a sentence without a day of its own, as background cues go.)
  EXPECT_TRUE(Code("Rights groups see the new law as a sign that military rule is being entrenched, at a time when "
                   "the country continues to face attacks by jihadist groups in the centre and north.",
                   "en", "2025-07-04")
                  .empty());
}

TEST_F(EventCoderTest, AMixedCaseDatelineDatesTheReportNotTheIncident) {
  EXPECT_EQ(One("Gorom-Gorom, 10 mai 2021 (Agence) – Des hommes armés ont attaqué dans la nuit de samedi à dimanche "
                "le village de Tin-Akoff, tuant trois hommes.",
                "fr", "2021-05-10")
                .event_date,
            "2021-05-08");
}

TEST_F(EventCoderTest, ProjectilesThatFellOnACampAreShelling) {
  EXPECT_EQ(One("Dimanche à l'aube, plusieurs projectiles sont tombés sur le camp de Ber, blessant deux civils.", "fr",
                "2016-05-09")
                .sub_event_type,
            "Shelling/artillery/missile attack");
}

TEST_F(EventCoderTest, ABesiegedTownIsAStateOfThingsNoAttack) {
  EXPECT_TRUE(Code("Food prices have doubled in several besieged towns of the centre, traders in Mopti say.", "en",
                   "2024-04-22")
                  .empty());
}

TEST_F(EventCoderTest, TheDayOfAnElectionDatesNoIncident) {
  EXPECT_EQ(One("Les partisans du candidat battu à la présidentielle du 12 août ont manifesté samedi à Bamako.", "fr",
                "2018-08-27")
                .event_date,
            "2018-08-25");
  EXPECT_EQ(One("Supporters of the candidate beaten in the August 12 runoff marched in Bamako on Saturday.", "en",
                "2018-08-27")
                .event_date,
            "2018-08-25");
}

TEST_F(EventCoderTest, ABreakawayFactionNamesAGroupNotAChange) {
  EXPECT_TRUE(
      Code("Kidal has been held by the rebels and a breakaway Islamist faction, officials said.", "en", "2013-02-22")
          .empty());
}

TEST_F(EventCoderTest, AMonthThatQualifiesItsNounRecallsAnEarlierPeriod) {
  // "a June ceasefire deal", in a report of November, is background.
  EXPECT_TRUE(Code("The rebels still hold Kidal despite a June ceasefire deal with the government.", "en", "2013-11-29")
                  .empty());
  // The month of publication dates nothing: the attack is this week's.
  EXPECT_EQ(One("The June attack on the army post in Kidal killed two soldiers, officials said.", "en", "2013-06-29")
                .sub_event_type,
            "Armed clash");
}

TEST_F(EventCoderTest, TheNeighbouringTownOfASpeakerIsNoPlaceOfTheIncident) {
  EXPECT_EQ(
      One("Gunmen killed 15 villagers on Monday in the village of Takoubatt, in the Ouallam department, a resident "
          "of nearby Tondikiwindi said.",
          "en", "2025-09-16")
          .location,
      "Ouallam");
}

TEST_F(EventCoderTest, ADatelineInBracketsIsWhereTheReportWasFiled) {
  const EventRecord event = One(
      "(Nairobi, November 18, 2025) - Malian soldiers killed at least 21 men in the village of Kamona, in the Segou "
      "region, on October 2, a rights group said.",
      "en", "2025-11-18");
  EXPECT_EQ(event.country, "Mali");
  EXPECT_NE(event.location, "Nairobi");
}

TEST_F(EventCoderTest, WhatAKindOfGroupDoesAsARuleIsNoIncident) {
  EXPECT_TRUE(Code("The marchers asked for firmer action against the armed groups that attack villages and steal "
                   "cattle in the district of Bankass.",
                   "en", "2020-03-03")
                  .empty());
}

TEST_F(EventCoderTest, MarchesInTownsEachWithItsPrepositionAreOneEventEach) {
  const auto events =
      Code("Marches were held on Monday in Bandiagara, in Bankass, in Koro and in Douentza.", "en", "2020-03-03");
  ASSERT_EQ(events.size(), 4u);
  EXPECT_EQ(events[3].location, "Douentza");
  EXPECT_EQ(events[0].sub_event_type, "Peaceful protest");
}

TEST_F(EventCoderTest, ForcesNamedWithTheirAlliedMilitiaAreTheFirstActor) {
  EXPECT_EQ(One("On Monday, Malian soldiers and allied Dozo militiamen killed 21 men in the village of Kamona.", "en",
                "2025-11-18")
                .actor1,
            "Military Forces of Mali");
  EXPECT_EQ(
      One("Lundi, des soldats maliens et des chasseurs dozos ont tué 21 hommes à Kamona.", "fr", "2025-11-18").actor1,
      "Military Forces of Mali");
}

TEST_F(EventCoderTest, WordsOfViolenceInWeatherSportAndElectionsAreNoIncident) {
  for (const char* text :
       {"La capitale pansait ses plaies vendredi, au lendemain des pluies torrentielles qui se sont abattues sur "
        "Bamako dans la nuit de mercredi à jeudi. Les eaux ont emporté des véhicules dans les bas-fonds.",
        "Le Sénégal, qui présentait la meilleure attaque du tournoi, s'incline en finale à Bamako.",
        "Les candidats éliminés au premier tour, à Bamako, sont désormais très courtisés.",
        "Des hélicoptères et des avions de combat ont survolé Gao mardi lors du défilé."}) {
    EXPECT_TRUE(Code(text, "fr", "2019-05-17").empty()) << text;
  }
}

TEST_F(EventCoderTest, AnInfinitiveOfAttackIsNoIncidentButOneThatFollowsAnotherIs) {
  EXPECT_TRUE(
      Code("« S'en prendre à eux, c'est s'en prendre aux éleveurs », s'indigne un notable de Gao.", "fr", "2014-02-12")
          .empty());
  EXPECT_EQ(One("Mardi, des hommes armés ont encerclé le village de Tin-Akoff avant de s'en prendre aux habitants.",
                "fr", "2021-05-12")
                .sub_event_type,
            "Attack");
}

TEST_F(EventCoderTest, AMarchTheScenesTownAndDayPlaceAndItsSlogansAreNoIncident) {
  const auto events = Code(
      "Vendredi après-midi, c'était au tour de Bamako. Entre 3 000 et 5 000 personnes ont marché de la Bourse du "
      "travail au monument de l'Indépendance à l'appel d'associations de jeunes de la région de Mopti, derrière le mot "
      "d'ordre « Stop aux tueries ».",
      "fr", "2019-06-22");
  ASSERT_EQ(events.size(), 1u);
  EXPECT_EQ(events[0].sub_event_type, "Peaceful protest");
  EXPECT_EQ(events[0].location, "Bamako");
  EXPECT_EQ(events[0].event_date, "2019-06-21");
  // The anger that a series of massacres stirred is no massacre of the day.
  const auto march = Code(
      "Cette semaine, la colère suscitée par les massacres du centre du pays est descendue dans la rue. Lundi, une "
      "foule a défilé dans les rues de Mopti pour dénoncer l'insécurité.",
      "fr", "2019-06-22");
  ASSERT_EQ(march.size(), 1u);
  EXPECT_EQ(march[0].sub_event_type, "Peaceful protest");
  EXPECT_EQ(march[0].event_date, "2019-06-17");
}

TEST_F(EventCoderTest, WhereForcesSentInAreStationedIsNoPlaceOfTheIncident) {
  EXPECT_EQ(One("Des assaillants ont débarqué samedi sur l'île de Karamga. Ils ont tiré sur les habitants jusqu'à "
                "l'arrivée d'hélicoptères basés à Diffa.",
                "fr", "2015-04-29")
                .location,
            "Karamga");
}

TEST_F(EventCoderTest, RiotsOfTwoDaysAreTwoEventsAndADeadTownNoDeath) {
  const auto events = Code(
      "Tout est parti d'un contrôle. Mardi, vers 22h30, une patrouille a arrêté trois pick-up à Tombouctou. Attirés "
      "par les détonations, des habitants se sont rassemblés et ont mis le feu aux véhicules. Mercredi, des "
      "commerçants ont décrété une « ville morte » : des barricades ont été dressées et des pneus brûlés.",
      "fr", "2018-07-26");
  ASSERT_EQ(events.size(), 2u);
  EXPECT_EQ(events[0].event_date, "2018-07-24");
  EXPECT_EQ(events[1].event_date, "2018-07-25");
  EXPECT_EQ(events[1].fatalities, 0);
}

TEST_F(EventCoderTest, ATollThatWentFromOneFigureToAnotherIsTheSecond) {
  EXPECT_EQ(
      One("Le bilan de l'explosion qui a frappé lundi une patrouille à Tessalit est passé de deux à trois morts, a "
          "indiqué la mission.",
          "fr", "2022-10-18")
          .fatalities,
      3);
  EXPECT_EQ(One("The toll of Saturday's assault on the army post in Monguno rose from 6 to 15, officials said.", "en",
                "2020-06-15")
                .fatalities,
            15);
}

TEST_F(EventCoderTest, ATollToldOverACountOfOperationsSumsUpTheOnesToldAfter) {
  const auto events = Code(
      "(Nairobi, November 18, 2025) - Malian soldiers killed at least 31 civilians during two operations in the "
      "Segou region in October 2025, a rights group said. Army units and militiamen entered the village of Kamona on "
      "October 2 and killed at least 21 men. On October 13, the soldiers raided Balle, where at least 10 people were "
      "killed.",
      "en", "2025-11-18");
  ASSERT_EQ(events.size(), 2u);
  EXPECT_EQ(events[0].fatalities, 21);
  EXPECT_EQ(events[0].actor1, "Military Forces of Mali");
  EXPECT_EQ(events[1].fatalities, 10);
}

TEST_F(EventCoderTest, ACrowdToldAfterTheScenesDayIsThatDaysEvent) {
  const auto events = Code(
      "Le calme revenait jeudi à Tombouctou après deux jours de tension. Mardi, vers 22h30, une patrouille a sommé de "
      "s'arrêter trois pick-up qui roulaient sur la rocade. Attirés par les détonations, des habitants se sont "
      "rassemblés et ont mis le feu aux véhicules. Mercredi, des barricades ont été dressées et des pneus brûlés.",
      "fr", "2018-07-26");
  ASSERT_EQ(events.size(), 2u);
  EXPECT_EQ(events[0].event_date, "2018-07-24");
  EXPECT_EQ(events[1].event_date, "2018-07-25");
}

TEST_F(EventCoderTest, ACountryNamedForItsCapitalPlacesTheIncidentThere) {
  EXPECT_EQ(One("Thousands of people gathered in Burkina Faso's capital on Wednesday to show support for the country's "
                "president. Waving flags of the Alliance of Sahel States, the demonstrators filled the main square.",
                "en", "2025-05-01")
                .location,
            "Ouagadougou");
  EXPECT_EQ(One("Des milliers de personnes ont manifesté samedi dans la capitale du Mali, à l'appel de l'imam Dicko, "
                "réclamant la démission du président. Les cortèges venus de la région de Ségou ont rejoint la place.",
                "fr", "2020-06-07")
                .location,
            "Bamako");
}

TEST_F(EventCoderTest, ThisTownIsTheTownNamedBefore) {
  EXPECT_EQ(
      One("Nuit agitée à Konobougou. Cette commune du cercle de Barouéli, sur la route nationale qui relie Bamako "
          "à Ségou, a été le théâtre d'une attaque armée dans la nuit de dimanche à lundi.",
          "fr", "2023-08-01")
          .location,
      "Konobougou");
}

TEST_F(EventCoderTest, ACountedNounWithAParticiplePhraseKeepsItsToll) {
  EXPECT_EQ(One("Two Egyptian peacekeepers serving with the United Nations mission in Mali were killed on Friday when "
                "their vehicle struck a mine outside Douentza.",
                "en", "2022-06-04")
                .fatalities,
            2);
}

TEST_F(EventCoderTest, ADaySinceWhichThingsAreCountedDatesNoIncidentAndThatTownIsTheOneNamed) {
  const auto events = Code(
      "The mission has counted six attacks on its convoys since May 22. The blast came two days after a peacekeeper "
      "died near Kidal. On Wednesday a logistics convoy travelling near that town was fired on by suspected militants.",
      "en", "2022-06-04");
  ASSERT_EQ(events.size(), 1u);
  EXPECT_EQ(events[0].event_date, "2022-06-01");
  EXPECT_EQ(events[0].location, "Kidal");
}

TEST_F(EventCoderTest, TwoSourcesFiguresOneAfterTheOtherKeepTheLower) {
  EXPECT_EQ(One("Mercredi, des hommes armés ont fait irruption à Boala. Le bilan diverge selon les sources : un "
                "habitant parle d'au moins douze morts, tandis qu'un journal local évoque une dizaine de civils et de "
                "VDP tués.",
                "fr", "2022-12-12")
                .fatalities,
            10);
}

TEST_F(EventCoderTest, TwoNamedDaysAndTwoPlacesAreTwoIncidentsAndTheNeutralisedTheVictims) {
  const auto events = Code(
      "Le vendredi, une patrouille a été prise à partie par des individus armés près de Yorsala, dans la province du "
      "Loroum, dont Titao est le chef-lieu. Vingt-quatre terroristes ont été neutralisés. Le samedi, une action "
      "offensive a été conduite dans les environs de Bourzanga. Huit terroristes ont été neutralisés.",
      "fr", "2019-11-17");
  ASSERT_EQ(events.size(), 2u);
  EXPECT_EQ(events[0].event_date, "2019-11-15");
  EXPECT_EQ(events[0].fatalities, 24);
  EXPECT_EQ(events[1].event_date, "2019-11-16");
  EXPECT_EQ(events[1].location, "Bourzanga");
  EXPECT_EQ(events[1].fatalities, 8);
  EXPECT_EQ(events[1].sub_event_type, "Armed clash");
}

TEST_F(EventCoderTest, AUnitTakenToTaskIsAttacked) {
  const EventRecord event = One(
      "Le lundi 25 octobre, une unité militaire a été prise à partie par des individus armés près de Mangodara. Trois "
      "soldats sont tombés et six autres ont été blessés.",
      "fr", "2021-11-03");
  EXPECT_EQ(event.sub_event_type, "Armed clash");
  EXPECT_EQ(event.event_date, "2021-10-25");
  EXPECT_EQ(event.fatalities, 3);
  // A crowd that takes someone to task is a mob, as before.
  EXPECT_EQ(One("Samedi, un voleur présumé a été pris à partie par la foule au marché de Kaya.", "fr", "2021-11-03")
                .sub_event_type,
            "Mob violence");
}

TEST_F(EventCoderTest, TollsThatVaryBySourceKeepTheLowestAndAPurposeIsNoIncident) {
  EXPECT_EQ(
      One("Dimanche, des chasseurs dozos ont attaqué des hameaux peuls près de Ké-Macina. Les bilans varient "
          "fortement. Le gouvernement fait état de treize morts, le maire de 21, tandis que des témoins parlent de "
          "plus d'une trentaine de tués.",
          "fr", "2017-02-14")
          .fatalities,
      13);
  EXPECT_TRUE(
      Code("L'armée a été déployée à Ké-Macina pour empêcher une reprise des affrontements.", "fr", "2017-02-14")
          .empty());
}

TEST_F(EventCoderTest, AfterACueThatTollsDifferTheLowestFigureStands) {
  for (const char* text :
       {"Dimanche, des hommes armés ont attaqué le village de Dembo, près de Bankass. Les bilans divergent : un "
        "habitant fait état de 21 morts, des élus parlent d'au moins 25 morts.",
        "Dimanche, des hommes armés ont attaqué le village de Dembo, près de Bankass. Les bilans divergent. Un "
        "habitant fait état de 21 morts ; des élus parlent d'au moins 25 morts."}) {
    EXPECT_EQ(One(text, "fr", "2024-07-23").fatalities, 21) << text;
  }
  // Without it, figures told together add up to the largest, as before.
  EXPECT_EQ(
      One("Dimanche, des hommes armés ont attaqué le village de Dembo, près de Bankass, faisant 25 morts, dont 21 "
          "civils.",
          "fr", "2024-07-23")
          .fatalities,
      25);
}

TEST_F(EventCoderTest, AConvoyThatCameUnderFireInFrenchWasAttacked) {
  const EventRecord event =
      One("Mardi, une patrouille de la garde nationale a essuyé des tirs près de Niono.", "fr", "2024-03-06");
  EXPECT_EQ(event.event_type, "Battles");
  EXPECT_EQ(event.location, "Niono");
}

TEST_F(EventCoderTest, ADeviceLeftBehindDidNotGoOff) {
  const auto events =
      Code("Samedi, près de Kita, des inconnus ont pris la fuite en abandonnant sur place un véhicule piégé.", "fr",
           "2024-03-06");
  for (const EventRecord& event : events) EXPECT_NE(event.event_type, "Explosions/Remote violence");
}

TEST_F(EventCoderTest, ATownNamedForItsRegionGivesWayToTheTownOfTheIncident) {
  EXPECT_EQ(One("Trois bergers ont été tués dimanche dans la région de San lors d'une attaque contre un campement près "
                "de Tominian.",
                "fr", "2024-03-06")
                .location,
            "Tominian");
}

TEST_F(EventCoderTest, IncursionsInGeneralAndCountsOverAPeriodAreNoIncident) {
  EXPECT_TRUE(Code("Selon des élus, ces bases serviraient de point de départ à des incursions vers Djenné et San.",
                   "fr", "2024-03-06")
                  .empty());
  EXPECT_TRUE(Code("Le rapport recensait une vingtaine d'attaques contre les Casques bleus au cours de la période.",
                   "fr", "2024-03-06")
                  .empty());
}

TEST_F(EventCoderTest, TheGroupThatHoldsATownThroughItsFightersIsNoDoer) {
  EXPECT_NE(One("Un camion de commerçants a sauté sur une mine lundi près d'Aguelhok. La localité, contrôlée par les "
                "combattants du MNLA, est isolée.",
                "fr", "2024-03-06")
                .actor1,
            "MNLA: National Movement for the Liberation of Azawad");
}

TEST_F(EventCoderTest, MembersOfAForceNamedThroughItsCountryAreCounted) {
  EXPECT_EQ(
      One("Three members of Mali's national guard were killed on Monday when gunmen attacked their post near Nara.",
          "en", "2024-03-06")
          .fatalities,
      3);
}

TEST_F(EventCoderTest, OneHitByAStrayBulletWasNoTarget) {
  const EventRecord event = One(
      "On Monday gunmen attacked an army post near Nara and killed two soldiers. A herder was hit by a stray bullet.",
      "en", "2024-03-06");
  EXPECT_EQ(event.event_type, "Battles");
  EXPECT_EQ(event.actor2, "Military Forces of Mali");
}

TEST_F(EventCoderTest, AHabitOverYearsOrRepeatedAttacksAreNoIncident) {
  EXPECT_TRUE(Code("For years, villages near Nara have suffered cattle raids by gangs.", "en", "2024-03-06").empty());
  EXPECT_TRUE(Code("Villages around Torodi, near the border with Burkina Faso, have suffered repeated attacks and "
                   "kidnappings.",
                   "en", "2024-03-06")
                  .empty());
}

TEST_F(EventCoderTest, ATownSomeTwentyKilometresAwayIsTheNearestPoint) {
  EXPECT_EQ(One("On Thursday evening armed men stormed a gendarmerie post at Laoudou, a village about 17 km south of "
                "Niamey on the road to Say.",
                "en", "2024-01-14")
                .location,
            "Niamey");
}

TEST_F(EventCoderTest, TheSidesAClashPittedAgainstEachOtherPastAnAcronymInBrackets) {
  const EventRecord event =
      One("The clash pitted the Imghad Tuareg Self-Defence Group and Allies (GATIA) against the Coordination of Azawad "
          "Movements (CMA) at a CMA post some 60 km from Kidal.",
          "en", "2016-09-19");
  EXPECT_EQ(event.actor1, "GATIA: Imghad Tuareg and Allies Self-Defense Group");
  EXPECT_EQ(event.actor2, "CMA: Coordination of Movements of the Azawad");
}

TEST_F(EventCoderTest, ABrokenCeasefireOrLastYearsAgreementIsNoAgreementOfTheDay) {
  for (const char* text : {"Fighting near Kidal on Saturday was the latest breach of a ceasefire.",
                           "On Saturday gunmen killed two traders near Kidal, a town that last year's peace agreement "
                           "handed to the CMA."}) {
    for (const EventRecord& event : Code(text, "en", "2016-09-19"))
      EXPECT_NE(event.sub_event_type, "Agreement") << text;
  }
  EXPECT_TRUE(
      Code("L'an dernier, des hommes armés ont tué deux commerçants près de Kidal.", "fr", "2016-09-19").empty());
}

TEST_F(EventCoderTest, WhatAnAttackWouldDoOrAHabitOrAForecastIsNoIncident) {
  for (const auto& [text, language] :
       {std::pair{"Une attaque contre le pont de Kayes ferait grimper les prix à Bamako, selon des commerçants.", "fr"},
        std::pair{"The group has long targeted teachers and village chiefs in central Mali.", "en"},
        std::pair{"We assess that further attacks on convoys near Gao are likely in the coming weeks.", "en"}}) {
    EXPECT_TRUE(Code(text, language, "2024-03-06").empty()) << text;
  }
  // A likely doer is no hypothesis of the attack.
  EXPECT_EQ(Code("JNIM is likely responsible for the attack on the army post near Konna on Sunday.", "en", "2024-03-06")
                .size(),
            1u);
}

TEST_F(EventCoderTest, OneNamedBySingularDefiniteNounJoinedToACountIsOneMoreDead) {
  EXPECT_EQ(One("Lundi, le chef de poste et un garde ont été tués à Siby.", "fr", "2021-05-15").fatalities, 2);
  EXPECT_EQ(One("Lundi, l'agent et deux gardes ont été tués à Siby.", "fr", "2021-05-15").fatalities, 3);
  // Not a plural one: "les gardes et un agent" counts the agent only.
  EXPECT_EQ(One("Lundi, les gardes et un agent ont été tués à Siby.", "fr", "2021-05-15").fatalities, 1);
}

TEST_F(EventCoderTest, ArmedMenWhoFellUponAPostBySurpriseAttackedIt) {
  EXPECT_EQ(One("Dans la nuit de dimanche à lundi, des individus armés ont surpris les agents du poste forestier de "
                "Siby.",
                "fr", "2021-05-15")
                .location,
            "Siby");
  // News that surprised is no attack.
  EXPECT_TRUE(Code("Lundi, la nouvelle a surpris les habitants de Siby.", "fr", "2021-05-15").empty());
}

TEST_F(EventCoderTest, AStrikeFromTheAirAndAPlannedAttack) {
  EXPECT_EQ(One("Dimanche, un groupe de terroristes a été frappé depuis les airs près de Nara.", "fr", "2025-06-09")
                .sub_event_type,
            "Air/drone strike");
  EXPECT_TRUE(Code("Selon l'armée, les terroristes préparaient un projet d'attentat contre le camp de Nara.", "fr",
                   "2025-06-09")
                  .empty());
  // Those arrested over a planned attack were arrested.
  EXPECT_EQ(One("Trois hommes soupçonnés d'un projet d'attentat ont été arrêtés lundi à Bamako.", "fr", "2025-06-09")
                .sub_event_type,
            "Arrests");
  EXPECT_EQ(
      One("Three men plotting attacks on churches were arrested in Kano on Monday.", "en", "2025-06-09").sub_event_type,
      "Arrests");
  // A project of another kind is no plan of an attack.
  EXPECT_EQ(Code("Lundi, le chantier du projet de barrage de Kandadji a été attaqué par des hommes armés.", "fr",
                 "2025-06-09")
                .size(),
            1u);
}

TEST_F(EventCoderTest, AnAsideOfVictimsMayHoldAnAcronymInBrackets) {
  EXPECT_EQ(One("Quinze personnes, dont trois Volontaires pour la défense de la patrie (VDP), ont été tuées samedi à "
                "Diapaga.",
                "fr", "2023-11-20")
                .fatalities,
            15);
}

TEST_F(EventCoderTest, ADayOfProtestDecreedOrCalledForIsToCome) {
  for (const char* text : {"Les autorités locales de Diapaga ont décrété une journée « ville morte » pour mardi.",
                           "Les associations de Diapaga appelleront à une journée ville morte."}) {
    EXPECT_TRUE(Code(text, "fr", "2023-11-20").empty()) << text;
  }
  // A mourning decreed after an attack names the attack.
  EXPECT_EQ(One("Le gouvernement a décrété un deuil national de trois jours après l'attaque de Solhan, qui a fait 132 "
                "morts samedi.",
                "fr", "2021-06-07")
                .fatalities,
            132);
}

TEST_F(EventCoderTest, AFigureToldAfterAVaguePluralIsTheToll) {
  EXPECT_EQ(One("Mercredi matin, des hommes armés ont attaqué Faradjan, près de Sidéradougou. Ils ont tué plusieurs "
                "personnes. Le bilan est de sept morts.",
                "fr", "2022-07-30")
                .fatalities,
            7);
  // Not a figure over a vague one told later: the first figure stands, as before.
  EXPECT_EQ(One("Mercredi matin, des hommes armés ont attaqué Faradjan, près de Sidéradougou. Ils ont tué sept "
                "personnes. Le bilan est de plusieurs morts.",
                "fr", "2022-07-30")
                .fatalities,
            7);
}

TEST_F(EventCoderTest, NoOneKilledIsNoDeath) {
  const EventRecord event =
      One("Mercredi soir, des hommes armés ont mis le feu au siège des Koglwéogo de Bafina. Personne n'a été tué.",
          "fr", "2018-05-05");
  EXPECT_EQ(event.fatalities, 0);
  EXPECT_EQ(event.sub_event_type, "Looting/property destruction");
}

TEST_F(EventCoderTest, ACountOfTheBombersIsNoCountOfIncidents) {
  const EventRecord event = One(
      "Trois kamikazes présumés de Boko Haram se sont fait exploser mardi dans un car à une vingtaine de kilomètres de "
      "la ville de Diffa, dans la commune de Gueskérou, tuant quatre passagers.",
      "fr", "2016-04-06");
  EXPECT_EQ(event.fatalities, 4);
  EXPECT_EQ(event.actor1, "Boko Haram - Jamaatu Ahli is-Sunnah lid-Dawati wal-Jihad");
}

TEST_F(EventCoderTest, TheTamasheqPrefixAloneIsNoPlace) {
  EXPECT_EQ(One("Samedi, des commandos français ont accroché près de Tin Aïcha, dans le cercle de Goundam, des "
                "combattants du JNIM. Des échanges de tirs ont eu lieu.",
                "fr", "2018-04-23")
                .location,
            "Goundam");
}

TEST_F(EventCoderTest, ARelativeClauseIsInTheSpanOfItsClause) {
  EXPECT_TRUE(Code("Djibo vit depuis des mois sous le blocus des groupes armés, qui contrôlent ses accès et ont saboté "
                   "ses points d'eau.",
                   "fr", "2022-10-25")
                  .empty());
}

TEST_F(EventCoderTest, ASourcePutsTheNumberOfDeadAtAFigure) {
  // After a vague plural it is the toll; beside a figure, the lower stands.
  EXPECT_EQ(One("On Wednesday troops engaged insurgents near Dikwa, killing many. A military source later put the "
                "number of insurgents killed at 26.",
                "en", "2016-02-25")
                .fatalities,
            26);
  EXPECT_EQ(One("On Sunday gunmen killed at least 20 worshippers at a church in Owo. A lawmaker put the number of dead "
                "at more than 50.",
                "en", "2022-06-06")
                .fatalities,
            20);
}

TEST_F(EventCoderTest, AnArticleBeforeTheSpeakerCountsNoDead) {
  EXPECT_EQ(One("On Monday gunmen attacked Dikwa. A resident said people were killed.", "en", "2016-02-25").fatalities,
            0);
  EXPECT_EQ(One("Lundi, des hommes armés ont attaqué Dikwa. Un habitant affirme que des civils ont été tués.", "fr",
                "2016-02-25")
                .fatalities,
            0);
  // A hedge on the verb of killing is no speaker: the one killed is counted.
  EXPECT_EQ(One("A young shepherd was allegedly killed by militiamen in Niono district of Segou.", "en", "2017-03-21")
                .fatalities,
            1);
}

TEST_F(EventCoderTest, AReportsPlaceIsNotWhereGoodsCameFromOrASpeakerIsBased) {
  const auto events = Code(
      "Samedi, deux chauffeurs routiers marocains, qui acheminaient des marchandises depuis Dakar, ont été abattus "
      "dans le cercle de Kolokani. Mardi, un convoi de l'armée a été pris en embuscade. Au moins cinq militaires "
      "maliens ont été tués. Pour un analyste basé à Bamako, la katiba Macina cherche à s'installer.",
      "fr", "2021-09-30");
  ASSERT_EQ(events.size(), 2u);
  // (The relative clause after a noun of three words is an aside: the count is the toll.)
  EXPECT_EQ(events[0].fatalities, 2);
  EXPECT_EQ(events[1].location, "Kolokani");
  EXPECT_EQ(events[1].actor2, "Military Forces of Mali");
}

TEST_F(EventCoderTest, TheStartOfTheAttacksRecalledAndTheirFutureAreNoIncident) {
  EXPECT_EQ(One("Pour la première fois depuis le début des attaques jihadistes dans la région, plusieurs centaines de "
                "personnes ont marché samedi à Tillabéri. La marche s'est déroulée sans incident.",
                "fr", "2021-09-19")
                .event_type,
            "Protests");
  EXPECT_TRUE(
      Code("Selon les élus de Tillabéri, les villages continueront d'être attaqués.", "fr", "2021-09-19").empty());
}

TEST_F(EventCoderTest, AMineAsTheSubjectIsAnExplosion) {
  EXPECT_EQ(One("Jeudi, une mine a frappé un convoi des FAMa près de Mondoro. Trois militaires ont été tués.", "fr",
                "2017-12-30")
                .sub_event_type,
            "Remote explosive/landmine/IED");
  EXPECT_EQ(One("On Thursday a landmine hit a bus near Mondoro, killing three passengers.", "en", "2017-12-30")
                .sub_event_type,
            "Remote explosive/landmine/IED");
}

TEST_F(EventCoderTest, ACountOfOthersAddsToTheCountBeforeIt) {
  for (const auto& [text, language] :
       {std::pair{
            "Dimanche, des assaillants ont attaqué une escorte de l'armée près de Gossi. Deux soldats ont été tués "
            "sur le coup ; deux autres, grièvement touchés, ont succombé peu après.",
            "fr"},
        std::pair{
            "On Sunday gunmen ambushed an army escort near Gossi. Two soldiers were killed at once and two others "
            "died later.",
            "en"}}) {
    EXPECT_EQ(One(text, language, "2018-10-02").fatalities, 4) << text;
  }
}

TEST_F(EventCoderTest, CountsJoinedAcrossAnActorsLongNameAddUp) {
  EXPECT_EQ(One("At least sixteen Volunteers for the Defence of the Homeland (VDP) and two civilians were killed on "
                "Friday near Boulsa.",
                "en", "2023-07-10")
                .fatalities,
            18);
}

TEST_F(EventCoderTest, TheDayOfAnAdmissionDatesTheReport) {
  EXPECT_EQ(One("Burkina Faso's army acknowledged on Wednesday that air strikes it carried out near Pama on Monday had "
                "killed civilians.",
                "en", "2022-08-03")
                .event_date,
            "2022-08-01");
}

TEST_F(EventCoderTest, AMarchAgainIsAProtestAndAnAttackWeeksBeforeIsRecalled) {
  EXPECT_EQ(
      One("Les habitants de Ouahigouya ont de nouveau marché ce samedi matin contre l'insécurité.", "fr", "2021-11-27")
          .event_type,
      "Protests");
  EXPECT_EQ(One("Samedi, des habitants ont marché à Dori, deux semaines après l'attaque du détachement d'Inata.", "fr",
                "2021-11-27")
                .event_type,
            "Protests");
}

TEST_F(EventCoderTest, ALandmarkHundredsOfKilometresAwayIsFartherThanTheRegion) {
  EXPECT_EQ(One("Dimanche, des hommes armés ont attaqué un poste de la gendarmerie dans la région de Ségou, à environ "
                "150 km au nord de Bamako.",
                "fr", "2023-05-10")
                .location,
            "Ségou");
}

TEST_F(EventCoderTest, TheSideOfATownARoadLeavesByIsADirection) {
  EXPECT_EQ(
      One("Nuit agitée à Sévaré. Lundi soir, des assaillants ont tiré sur le poste de police situé à la sortie de "
          "la ville côté Mopti.",
          "fr", "2023-05-10")
          .location,
      "Sévaré");
}

TEST_F(EventCoderTest, AnArrestMadeRecentlyIsBackground) {
  // With its auxiliary: the deed is an earlier one, told in passing.
  EXPECT_EQ(Code("Mardi, des hommes armés ont attaqué un convoi près de Djibo. À Gorom-Gorom, les gendarmes avaient "
                 "récemment interpellé trois suspects.",
                 "fr", "2023-05-10")
                .size(),
            1u);
  EXPECT_EQ(
      Code("On Tuesday gunmen attacked a police post in Djibo. Soldiers had recently arrested three suspects near "
           "Gorom-Gorom.",
           "en", "2023-05-10")
          .size(),
      1u);
  // Not a participle describing a noun: "les avions récemment acquis par l'armée ont bombardé".
  EXPECT_EQ(One("Dimanche, les avions récemment acquis par l'armée ont bombardé un rassemblement de combattants près "
                "d'Oursi.",
                "fr", "2023-03-27")
                .event_type,
            "Explosions/Remote violence");
}

TEST_F(EventCoderTest, AnAssaultThatOpensWithABlastIsAComplexAttack) {
  EXPECT_EQ(One("Jeudi, l'assaut contre le camp de Boulkessi a débuté par l'explosion d'un véhicule piégé.", "fr",
                "2023-05-10")
                .event_type,
            "Battles");
  EXPECT_EQ(One("L'armée a fait état jeudi d'une « attaque terroriste complexe » contre son camp de Boulkessi.", "fr",
                "2023-05-10")
                .sub_event_type,
            "Armed clash");
}

TEST_F(EventCoderTest, AnAdverbThatOpensASentenceTurnsToAnotherIncident) {
  EXPECT_EQ(Code("Lundi, des hommes armés ont tué trois civils à Djibo. Par ailleurs, des assaillants ont attaqué un "
                 "poste de gendarmerie à Djibo.",
                 "fr", "2023-05-10")
                .size(),
            2u);
  EXPECT_EQ(
      Code("On Monday gunmen killed three civilians in Djibo. Separately, gunmen attacked a police post in Djibo.",
           "en", "2023-05-10")
          .size(),
      2u);
  // Inside a clause it adds to the incident told.
  EXPECT_EQ(Code("Lundi, des hommes armés ont attaqué le marché de Djibo. Ils ont par ailleurs tué trois commerçants.",
                 "fr", "2023-05-10")
                .size(),
            1u);
}

TEST_F(EventCoderTest, AnUnplacedIncidentIsNotPutAtAPlaceAnotherIncidentToldAfterItNames) {
  const auto events = Code(
      "Le hameau de Niaki, dans le cercle de Macina, pleure ses morts. Sept personnes y ont été tuées lundi par des "
      "hommes armés. Par ailleurs, le JNIM a affirmé mardi s'être emparé d'un poste militaire à une cinquantaine de "
      "kilomètres de Bamako.",
      "fr", "2023-05-10");
  ASSERT_EQ(events.size(), 2u);
  EXPECT_EQ(events[0].fatalities, 7);
  EXPECT_EQ(events[0].admin2, "Cercle de Macina");
  EXPECT_EQ(events[1].sub_event_type, "Non-state actor overtakes territory");
  EXPECT_EQ(events[1].location, "Bamako");
}

TEST_F(EventCoderTest, StrikesDemandedAreNoStrikes) {
  EXPECT_EQ(One("Mardi, des hommes armés ont tué quatre villageois à Sama, près de Bankass. Le collectif des "
                "ressortissants réclame des frappes aériennes contre les bases des assaillants.",
                "fr", "2023-05-10")
                .event_type,
            "Violence against civilians");
  // A ransom demanded keeps the abduction told after it.
  EXPECT_EQ(One("Les ravisseurs réclament une rançon pour libérer les trois commerçants enlevés lundi près de Djibo.",
                "fr", "2023-05-10")
                .sub_event_type,
            "Abduction/forced disappearance");
}

TEST_F(EventCoderTest, AMultiplicationOfAttacksIsATrend) {
  EXPECT_TRUE(
      Code("Une multiplication des postes de contrôle attaqués ferait grimper les prix à Bamako.", "fr", "2023-05-10")
          .empty());
  EXPECT_TRUE(Code("A multiplication of attacks on army convoys near Djibo has emptied the roads.", "en", "2023-05-10")
                  .empty());
}

TEST_F(EventCoderTest, WhereADemonstrationsGrievanceHappenedIsNotWhereItMarched) {
  EXPECT_EQ(One("La population de Bandiagara est descendue dans la rue. Vendredi, les marcheurs ont défilé pour "
                "dénoncer les tueries sur la route Mopti–Bankass.",
                "fr", "2023-05-10")
                .location,
            "Bandiagara");
  const auto events = Code(
      "Residents of Djibo took to the streets. On Friday the marchers protested against the killings on the road to "
      "Dori.",
      "en", "2023-05-10");
  ASSERT_EQ(events.size(), 1u);
  EXPECT_EQ(events[0].location, "Djibo");
}

TEST_F(EventCoderTest, ArmedMenPresentedAsJihadistsStillActed) {
  EXPECT_EQ(
      One("Lundi, des hommes armés présentés comme des jihadistes ont incendié la mairie de Djibo.", "fr", "2021-03-17")
          .sub_event_type,
      "Looting/property destruction");
  // An incident so presented is still in doubt.
  EXPECT_TRUE(
      Code("Une vidéo circule, présentée comme une attaque contre le camp de Boni.", "fr", "2021-03-17").empty());
}

TEST_F(EventCoderTest, AMonthLedByALongPhraseRecallsAnEarlierPeriod) {
  // As "fin décembre" does: the report dates its own incidents by the day.
  EXPECT_TRUE(Code("L'un de leurs chefs, Soumaïla Ganamé, a été tué à la fin du mois de décembre.", "fr", "2022-01-03")
                  .empty());
  EXPECT_TRUE(Code("One of their leaders was killed at the end of December.", "en", "2022-01-03").empty());
}

TEST_F(EventCoderTest, ThePassiveSubjectIsNotFoundPastAColon) {
  EXPECT_EQ(
      One("Samedi, le village de Koutou, près de Nguigmi, a reçu la visite des insurgés : une personne a été tuée.",
          "fr", "2017-09-06")
          .event_type,
      "Violence against civilians");
}

TEST_F(EventCoderTest, DeathsByAMineAreAnExplosion) {
  ExpectEach({{"On Monday, three soldiers were killed by a mine near Djibo.", "en"},
              {"Lundi, trois soldats ont été tués par une mine près de Djibo.", "fr"},
              {"On Monday, two soldiers were wounded by a mine near Djibo.", "en"}},
             &EventRecord::sub_event_type, "Remote explosive/landmine/IED");
}

TEST_F(EventCoderTest, WhatWasBurnedInThePassiveIsTheTarget) {
  for (const auto& [text, language] : std::initializer_list<std::pair<const char*, const char*>>{
           {"On Monday, the police post in Djibo was burned.", "en"},
           {"Lundi, le poste de police de Djibo a été incendié.", "fr"}}) {
    const EventRecord event = One(text, language, "2017-09-28");
    EXPECT_EQ(event.sub_event_type, "Looting/property destruction") << text;
    EXPECT_EQ(event.actor2, "Police Forces of Burkina Faso") << text;
    EXPECT_NE(event.actor1, "Police Forces of Burkina Faso") << text;
  }
}

TEST_F(EventCoderTest, OneWhoFellInTheFightingIsDead) {
  EXPECT_EQ(One("Samedi, les VDP ont repoussé une attaque à Djibo. Un VDP est tombé au cours des combats.", "fr",
                "2022-08-08")
                .fatalities,
            1);
}

TEST_F(EventCoderTest, AnIncidentYearsBeforeTheReportIsHistory) {
  EXPECT_TRUE(Code("The court heard that the commando killed the president and twelve of his companions in Ouagadougou "
                   "on 15 October 1987.",
                   "en", "2022-04-07")
                  .empty());
  // Within two years it is still coded.
  EXPECT_EQ(Code("Gunmen killed twelve villagers near Djibo on 15 October 2021.", "en", "2022-04-07").size(), 1u);
}

TEST_F(EventCoderTest, TheTownARoadLeadsToIsALandmark) {
  ExpectEach(
      {{"Le 2 septembre, un véhicule de la mission a sauté sur une mine à une trentaine de kilomètres au nord de "
        "Kidal, sur la route d'Aguelhok.",
        "fr"},
       {"On Tuesday an army truck hit a mine about 30 km north of Kidal on the road to Aguelhok.", "en"}},
      &EventRecord::location, "Kidal");
}

TEST_F(EventCoderTest, TheOnlyVictimIsOneDead) {
  EXPECT_EQ(
      One("Le kamikaze est la seule victime de l'explosion survenue samedi près du camp de Ménaka.", "fr", "2014-09-15")
          .fatalities,
      1);
}

TEST_F(EventCoderTest, AGroupsWeaponOfChoiceIsNoIncident) {
  EXPECT_TRUE(Code("Ces groupes ont fait de la pose d'engins explosifs leur arme de prédilection contre les forces "
                   "internationales à Kidal.",
                   "fr", "2014-09-15")
                  .empty());
}

TEST_F(EventCoderTest, ALocalOfficialIsACivilian) {
  const EventRecord event = One("On Saturday gunmen ambushed the mayor of Tongomayel near Djibo.", "en", "2015-01-05");
  EXPECT_EQ(event.event_type, "Violence against civilians");
  EXPECT_EQ(event.actor2, "Civilians (Burkina Faso)");
}

TEST_F(EventCoderTest, OneWhoDidNotSurviveIsDead) {
  EXPECT_EQ(One("Mercredi soir à Gao, des hommes armés ont ouvert le feu sur un adjudant-chef de la Garde nationale. "
                "Transporté d'urgence à l'hôpital, il n'a pas survécu.",
                "fr", "2018-03-02")
                .fatalities,
            1);
  EXPECT_EQ(
      One("On Wednesday gunmen shot a policeman in Gao. He did not survive his wounds.", "en", "2018-03-02").fatalities,
      1);
}

TEST_F(EventCoderTest, CountsJudgesUpheldAreTried) {
  EXPECT_TRUE(Code("Les juges ont notamment retenu la torture de prisonniers par la police islamique à Tombouctou.",
                   "fr", "2024-06-27")
                  .empty());
}

TEST_F(EventCoderTest, WhatAGroupGoesOnDoingIsAHabit) {
  EXPECT_TRUE(Code("Le groupe continue néanmoins de mener des incursions et de semer des engins sur les pistes près de "
                   "Ménaka.",
                   "fr", "2018-09-19")
                  .empty());
}

TEST_F(EventCoderTest, TheVictimsNamedAgainAreNotTheOtherSide) {
  EXPECT_EQ(One("Deux combattants du MSA ont été tués hier mardi lorsque leur véhicule a sauté sur un engin explosif à "
                "Ansongo. Les deux victimes ont été identifiées par leurs proches.",
                "fr", "2018-09-19")
                .fatalities,
            2);
}

TEST_F(EventCoderTest, AnArmedGroupsPostAttackedToo) {
  const EventRecord event =
      One("Hier mercredi, dans le cercle d'Ansongo, un poste du GATIA a lui aussi été attaqué. Un "
          "combattant du mouvement a été tué.",
          "fr", "2024-03-07");
  EXPECT_EQ(event.event_type, "Battles");
  EXPECT_EQ(event.actor2, "GATIA: Imghad Tuareg and Allies Self-Defense Group");
}

TEST_F(EventCoderTest, TroopsThatMarchPastParade) {
  EXPECT_TRUE(
      Code("Samedi, les troupes ont défilé à Bamako lors de la fête de l'indépendance.", "fr", "2023-09-24").empty());
}

TEST_F(EventCoderTest, AMarchInSolidarityWithVictimsIsAProtest) {
  EXPECT_EQ(One("Des habitants ont défilé samedi dans les rues de Gorom-Gorom pour exprimer leur solidarité avec les "
                "victimes des récentes attaques.",
                "fr", "2016-02-08")
                .event_type,
            "Protests");
}

TEST_F(EventCoderTest, AMissileAnAircraftFiredIsAnAirStrike) {
  EXPECT_EQ(One("On Thursday, an aircraft fired a missile at a group of fighters near Oursi.", "en", "2023-08-26")
                .sub_event_type,
            "Air/drone strike");
}

TEST_F(EventCoderTest, ATimeAgoDatesTheIncident) {
  EXPECT_EQ(One("Three days ago, gunmen killed ten villagers near Djibo.", "en", "2024-10-31").event_date,
            "2024-10-28");
  EXPECT_EQ(
      One("Des hommes armés ont tué trois civils il y a deux jours près de Djibo.", "fr", "2024-10-31").event_date,
      "2024-10-29");
  // Years ago is history.
  EXPECT_TRUE(
      Code("Il y a dix ans, des milliers de manifestants ont marché à Ouagadougou.", "fr", "2024-10-31").empty());
  EXPECT_TRUE(Code("Ten years ago this week, crowds in Ouagadougou marched against the president.", "en", "2024-10-31")
                  .empty());
}

TEST_F(EventCoderTest, ACrowdThatMarchedOrBurnedTyres) {
  EXPECT_EQ(One("Vendredi à Agadez, des bandes de jeunes ont commencé à brûler des pneus dans plusieurs artères de la "
                "ville.",
                "fr", "2015-01-17")
                .event_type,
            "Riots");
  EXPECT_EQ(One("À la sortie de la mosquée, un groupe de fidèles a défilé vendredi à Agadez en scandant des slogans "
                "hostiles au journal.",
                "fr", "2015-01-17")
                .event_type,
            "Protests");
}

TEST_F(EventCoderTest, AttacksOnlyHeardOfAreNoIncident) {
  const EventRecord event =
      One("Jeudi soir, des hommes armés ont attaqué la brigade de gendarmerie de Diébougou. « Nous "
          "entendions parler des attaques dans le Nord, nous accueillions même des déplacés », "
          "confie un enseignant.",
          "fr", "2019-09-27");
  EXPECT_EQ(event.event_type, "Battles");
  EXPECT_EQ(event.actor2, "Police Forces of Burkina Faso");
}

TEST_F(EventCoderTest, NoArmedGroupDemonstrates) {
  const auto events = Code(
      "Dozens of people marched through Niamey on Saturday to show solidarity with the people of the Diffa region, who "
      "have suffered repeated raids by Boko Haram.",
      "en", "2016-06-05");
  ASSERT_FALSE(events.empty());
  EXPECT_EQ(events[0].event_type, "Protests");
  EXPECT_EQ(events[0].actor1, "Protesters (Niger)");
}

TEST_F(EventCoderTest, ADayAfterSurvenuDatesTheNounItFollows) {
  const EventRecord event =
      One("Le FPJ a revendiqué dimanche l'enlèvement du préfet de Bilma et de plusieurs membres de "
          "sa délégation, survenu vendredi.",
          "fr", "2024-06-24");
  EXPECT_EQ(event.event_date, "2024-06-21");
  EXPECT_EQ(event.actor1, "FPJ: Patriotic Front for Justice");
  EXPECT_EQ(One("The group claimed on Sunday the kidnapping of the prefect of Bilma, which happened on Friday.", "en",
                "2024-06-24")
                .event_date,
            "2024-06-21");
}

TEST_F(EventCoderTest, AnotherSpeakersFigureForHisPartIsAnAlternative) {
  EXPECT_EQ(
      One("Lundi, des individus armés ont attaqué le village de Safi, près de Kaya. Une source sécuritaire parle de "
          "huit VDP tués ; un responsable local des VDP évoque pour sa part sept morts.",
          "fr", "2022-11-22")
          .fatalities,
      7);
}

TEST_F(EventCoderTest, WhatGangsHaveDoneForSeveralYearsIsAPeriod) {
  EXPECT_TRUE(Code("Gangs operating from across the border in Nigeria have for several years kidnapped villagers and "
                   "stolen cattle in the south of the Madarounfa department.",
                   "en", "2022-10-31")
                  .empty());
}

TEST_F(EventCoderTest, ACivilianWoundedBesideTheForcesTargetedWasNoTarget) {
  const EventRecord event =
      One("Armed bandits attacked the border police post at Dabira, in the Madarounfa commune, "
          "overnight from Sunday to Monday, killing three police officers. Two other people, one "
          "of them a civilian, were wounded.",
          "en", "2022-10-31");
  EXPECT_EQ(event.event_type, "Battles");
  EXPECT_EQ(event.actor2, "Police Forces of Niger");
}

TEST_F(EventCoderTest, AnArmedGroupNamedThroughTheAttacksNounIsItsDoer) {
  for (const char* text :
       {"Samedi, une attaque de Boko Haram a visé le village de Koutou, près de Nguigmi.",
        "Samedi, le village de Koutou, près de Nguigmi, a été la cible d'une incursion d'éléments de "
        "Boko Haram."}) {
    const EventRecord event = One(text, "fr", "2017-09-03");
    EXPECT_EQ(event.actor1, "Boko Haram - Jamaatu Ahli is-Sunnah lid-Dawati wal-Jihad") << text;
    EXPECT_EQ(event.event_type, "Violence against civilians") << text;
  }
}

}  // namespace
}  // namespace vigie

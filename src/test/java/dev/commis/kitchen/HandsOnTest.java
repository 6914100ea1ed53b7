package dev.commis.kitchen;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Hands-on or unattended, and for how long, as read from steps in French and English. */
class HandsOnTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            // English: waits
            "Bake for 25 minutes until golden.                                         | false | 25",
            "Roast the chicken for 1 hour 20 minutes.                                  | false | 80",
            "Place the tray in the smoker and smoke for 3 hours.                       | false | 180",
            "Cover and simmer for 45 minutes, stirring occasionally.                   | false | 45",
            "Let the meat rest for 10 minutes before slicing.                          | false | 10",
            "Chill the dough for 30 minutes.                                           | false | 30",
            "Marinate the chicken for 2 hours in the fridge.                           | false | 120",
            "Leave the dough to rise for 1 hour.                                       | false | 60",
            "Return to the smoker for 30 minutes. Stir pork every 10 minutes to glaze. | false | 30",
            "Cook for 3 hours with the lid closed.                                     | false | 180",
            // English: hands-on
            "Cook the onions for 10 minutes, stirring constantly.                      | true  | 10",
            "Sauté the mushrooms for 5 minutes until golden.                           | true  | 5",
            "Sear the steak 3 minutes per side, then let it rest 5 minutes.            | true  | 3",
            "Whisk the yolks over the bain-marie for 4 minutes.                        | true  | 4",
            "Add the stock ladle by ladle. Keep going for 18 minutes.                  | true  | 18",
            "Cook for 8 minutes, stirring every 2 minutes.                             | true  | 8",
            "Cook 4 minutes.                                                           | true  | 4",
            // French: waits
            "Enfourner pour 40 minutes à 180°C.                                        | false | 40",
            "Cuire au four 35 minutes.                                                 | false | 35",
            "Couvrir et laisser mijoter 2 heures à feu doux.                           | false | 120",
            "Laisser reposer la pâte 1 heure.                                          | false | 60",
            "Mariner la viande 4 heures au frais.                                      | false | 240",
            "Laisser lever la pâte 1h30 près d'une source de chaleur.                  | false | 90",
            "Réserver au frais 3 heures.                                               | false | 180",
            "Faire tremper les cèpes 20 minutes dans l'eau chaude.                     | false | 20",
            "Laisser cuire 30 minutes en remuant toutes les 10 minutes.                | false | 30",
            // French: hands-on
            "Faire revenir l'oignon 5 minutes en remuant sans cesse.                   | true  | 5",
            "Faire sauter les champignons à feu vif 5 à 7 minutes.                     | true  | 5",
            "Saisir la viande 2 minutes de chaque côté, puis laisser reposer 10 minutes. | true | 2",
            "Fouetter les blancs 3 minutes.                                            | true  | 3",
            "Ajouter le bouillon louche par louche. Compter 18 minutes.                | true  | 18",
            "Cuire 10 minutes en remuant toutes les 2 minutes.                         | true  | 10",
            "Compter 18 à 20 minutes en remuant très régulièrement.                    | true  | 18",
    })
    void classifiesATimedStep(String text, boolean handsOn, long minutes) {
        StepWork work = HandsOn.of(text, StepDurations.find(text));
        assertThat(work.handsOn()).as("hands-on").isEqualTo(handsOn);
        assertThat(work.duration()).isEqualTo(Duration.ofMinutes(minutes));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "Émincer l'oignon.                                                         | 2",
            "Chop the onion.                                                           | 2",
            "Slice the pork belly into 3cm cubes. Combine the salt, brown sugar, chilli powder, garlic powder, paprika and pepper in a small bowl, mix well. Transfer to a shaker jar if you have one. Shake the seasoning over the pork, turning the pork over to coat evenly on all sides. | 4",
    })
    void givesAStepWithoutATimerAFewHandsOnMinutes(String text, long minutes) {
        StepWork work = HandsOn.of(text, StepDurations.find(text));
        assertThat(work).isEqualTo(StepWork.handsOn(minutes));
    }

    @org.junit.jupiter.api.Test
    void keepsAnyStepWithinAFewMinutesToAQuarterOfAnHour() {
        assertThat(HandsOn.estimate("")).isEqualTo(Duration.ofMinutes(HandsOn.FEWEST_MINUTES));
        assertThat(HandsOn.estimate("word ".repeat(1000))).isEqualTo(Duration.ofMinutes(HandsOn.MOST_MINUTES));
    }
}

package gov.bureau.portal.agency;

import gov.bureau.portal.common.FieldProblem;
import gov.bureau.portal.common.PublishedForm;
import jakarta.inject.Singleton;

import java.util.List;

/** The agency's forms whose rules the browser reads (common.FormRulesController): registration and the profile. */
final class AgencyForms {

    private AgencyForms() {
    }

    @Singleton
    static final class RegistrationForm implements PublishedForm {
        @Override
        public String name() {
            return "registration";
        }

        @Override
        public Class<? extends Record> type() {
            return AgencyCommands.Registration.class;
        }
    }

    @Singleton
    static final class Profile implements PublishedForm {
        @Override
        public String name() {
            return "profile";
        }

        @Override
        public Class<? extends Record> type() {
            return ProfileData.class;
        }

        /**
         * What {@link ProfileRules#completeness} asks of an empty profile with one empty lead evaluator
         * and one empty expert: the fields a submission needs, said by the submission check itself.
         */
        @Override
        public List<FieldProblem> submissionNeeds() {
            ProfileData.Person nobody = new ProfileData.Person(null, null, null, null, null, null, null, null, null, null, null);
            ProfileData empty = new ProfileData(null, null, null, null, null, null, null, null, null, null, null, null, null,
                    null, List.of(nobody), null, List.of(nobody), null, null, null, false, null, null).normalised();
            return ProfileRules.completeness(empty);
        }
    }
}

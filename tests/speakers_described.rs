//! Speakers described rather than named, and the constructions between a speaker and their words that
//! real French news uses (each case in our own words, modelled on a construction seen in published
//! articles): one article per case, extracted by the real binary, and the exact speaker asserted.

mod support;

use std::collections::BTreeMap;
use support::{article, export, extract};

/// (article text, the first words of the quotation or reported claim, the speaker it must have).
const CASES: &[(&str, &str, &str)] = &[
    // An article capitalised inside a sentence belongs to the title it opens (`La Gazette`, not `Gazette`).
    (
        "Les universités recrutent des chercheurs étrangers, rapporte La Gazette.",
        "Les universités recrutent",
        "La Gazette",
    ),
    // An object pronoun between a subject in apposition and its verb (`…, Marc Leblanc, y est allé`):
    // the subject is who `il` stands for next, not a person named after it.
    (
        "Le ministre de l'Innovation, des Sciences et de l'Industrie, Marc Leblanc, y est allé de ces mises au point après avoir parlé avec le patron de Telnor, Tony Stavros.\n\n« J'ai exprimé la colère de millions de clients », a-t-il relaté.",
        "J'ai exprimé la colère",
        "Marc Leblanc",
    ),
    // A body the article makes agree in the plural (`ont estimé`) is whom `ils` stands for next.
    (
        "Le collège des délégués de la Ligue valdorienne ont estimé que la réforme était injuste.\n\nLa ministre Anne Roy a reçu les délégués mardi. Ils avaient déjà annoncé que leur départ était irréversible.",
        "leur départ était irréversible",
        "collège des délégués de la Ligue valdorienne",
    ),
    // The object of a relative clause on the subject is not who speaks; an unnamed subject keeps its
    // relative clause, which describes it.
    (
        "La coalition qui a investi Marc Lobé « dénonce une décision arbitraire », dans un communiqué.",
        "dénonce une décision arbitraire",
        "la coalition qui a investi Marc Lobé",
    ),
    // The agent of a passive reporting verb speaks the words it qualifies.
    (
        "Le plan de la mairie a été qualifié de « mirage coûteux » par l'opposante Clémence Arvieu.",
        "mirage coûteux",
        "Clémence Arvieu",
    ),
    (
        "Le décret, dénoncé par le syndicat Force Rurale comme « une trahison », entre en vigueur lundi.",
        "une trahison",
        "Force Rurale",
    ),
    // A noun that is more often a participle heads its phrase between a determiner and a name; the
    // pronoun after goes to that subject, not to a place named after it.
    (
        "L'accusé Karim Delval a demandé la parole pour se plaindre de son transfert de la prison de Varenne. « On nous traite comme des bêtes », a-t-il lancé.",
        "On nous traite comme des bêtes",
        "Karim Delval",
    ),
    // A name after a noun of a trade is a company's (an acronym opening it is no first name); `la
    // direction` is its management.
    (
        "Le brasseur KB Maltor fait face à une grève depuis lundi. La direction a annoncé qu'elle porterait plainte contre les piquets.",
        "elle porterait plainte",
        "KB Maltor",
    ),
    // An adjective after a common noun inside a body's name stays in the name.
    (
        "Le barrage a cédé dans la nuit, a annoncé l'Agence fédérale de la sécurité hydraulique.",
        "Le barrage a cédé dans la nuit",
        "Agence fédérale de la sécurité hydraulique",
    ),
    // A noun of a region's people alone after its article stands for the person just spoken of; a
    // state's name with the same ending stays the state.
    (
        "Le banquier Marco Brenni a défendu la fusion, a-t-il souligné vendredi. « Rien ne s'est joué en six semaines », a déclaré le Tessinois devant les éditeurs.",
        "Rien ne s'est joué en six semaines",
        "Marco Brenni",
    ),
    (
        "Le ministre Igor Klym a parlé lundi. L'Ukraine a accusé la Russie d'avoir « fait sauter » le pont.",
        "fait sauter",
        "Ukraine",
    ),
    // A province that acted in the sentence before (`Québec a promis …`) is not who `il` stands for: the
    // minister who spoke before it is.
    (
        "« On va réduire l'effet », a soutenu le ministre de la Santé, Paul Garnier. Québec a promis des congés aux soignants. « Il manque 5000 personnes, a-t-il dit. Recruter est très difficile. »",
        "Il manque 5000 personnes",
        "Paul Garnier",
    ),
    // A capitalised common noun and `de la` after an article open a body's name, and `le collectif`
    // refers back to it.
    (
        "Les Faucheurs de la Plaine affirment avoir été invités au débat. « Le cabinet du ministre nous a appelés », a déclaré le collectif dans un communiqué.",
        "Le cabinet du ministre nous a appelés",
        "Faucheurs de la Plaine",
    ),
    // A role of several words whose first word no list of nouns holds (`metteur en scène`) heads the
    // phrase; in apposition after a description, with its own full name, it names the speaker.
    (
        "« Le festival quittera la ville », a déclaré son nouveau directeur, le metteur en scène Louis Barral.",
        "Le festival quittera la ville",
        "Louis Barral",
    ),
    (
        "Le théâtre fermera. « Nous n'avons plus de public », a regretté la metteuse en scène Irène Valcourt.",
        "Nous n'avons plus de public",
        "Irène Valcourt",
    ),
    // A person given a role of several words (`le metteur en scène X`) is who that role stands for later,
    // not the last person named.
    (
        "Le metteur en scène Louis Barral a assuré qu'il quitterait la ville. Le candidat Paul Roux a devancé Anne Lenoir. « Je pense qu'il faudrait partir », a dit le metteur en scène.",
        "Je pense qu'il faudrait partir",
        "Louis Barral",
    ),
    // A relative clause opening the sentence after a place (`À Lomé, où …,`) holds no verb of the
    // sentence: the subject after it introduces the quotation after the colon.
    (
        "À Lomé, où étaient réunis les ministres des Affaires étrangères de la région, le chef de la diplomatie valdorienne, Paul Roux, enfonce le clou : « le Norland a attaqué le camp de Rivière ».",
        "le Norland a attaqué le camp de Rivière",
        "Paul Roux",
    ),
    // `le pays` refers back to the state named last.
    (
        "Le Mali a mené une enquête après la perte d'un drone. Le pays a conclu, dimanche, à « une action hostile préméditée du régime voisin ».",
        "une action hostile préméditée du régime voisin",
        "Mali",
    ),
    // A lower-case body's noun belongs to the body named right after it, whose acronym in brackets closes
    // its name; the university after it qualifies that body.
    (
        "La coordination du Syndicat national des chercheurs (SNC) de l'université de Varenne (UV) estime, ce vendredi, que « les conditions d'une reprise ne sont pas réunies ».",
        "les conditions d'une reprise ne sont pas réunies",
        "Syndicat national des chercheurs",
    ),
    // A state's adjective after a coach is their nationality: `le sélectionneur belge` is the coach of
    // another state's team named before.
    (
        "Le sélectionneur de l'équipe de football du Cameroun, Marc Verdier, a démenti sa démission. « Je n'ai jamais écrit de lettre », a déclaré le sélectionneur belge dans un communiqué.",
        "Je n'ai jamais écrit de lettre",
        "Marc Verdier",
    ),
    // A clause of a present participle opening the sentence, with its quotation, stands before the
    // subject; the quotations after a verb no list holds are that subject's words.
    (
        "Le Conseil académique s'est réuni lundi. Se disant « profondément affecté par ce drame », le Conseil académique s'est incliné « devant la mémoire de l'étudiant ».",
        "devant la mémoire de l'étudiant",
        "Conseil académique",
    ),
    // `se dit « … »`: the verb of saying used as a pronominal one; its subject speaks.
    (
        "Le ministre Paul Roux se dit « profondément découragé » par le manque d'action de la fédération.",
        "profondément découragé",
        "Paul Roux",
    ),
    // A state spoken of with a noun (`le gouvernement malien`) that spoke in the sentence before is who
    // `il` stands for, not a minister named after; one named bare (`Québec`) is not (above).
    (
        "Une épidémie de choléra a fait 80 morts au Mali depuis mars, a annoncé jeudi le gouvernement malien. « On compte 900 cas suspects », indique le gouvernement dans un communiqué. Il souligne que « la semaine dernière a compté 12 décès ». « L'épidémie reste active », selon le ministre de la Santé, Issa Kondé.",
        "la semaine dernière a compté 12 décès",
        "Mali",
    ),
    // After a name of one word, `à` and a medium's noun open whom it was said to: the name alone speaks.
    (
        "La société Verdane a quitté le circuit. « Après réflexion, nous partons », a indiqué Verdane au réseau TSN.",
        "Après réflexion, nous partons",
        "Verdane",
    ),
    // `peut-on lire dans un communiqué de X`: the text's author speaks.
    (
        "Le Syndicat national des chercheurs (SNC) s'est réuni lundi. Le recteur Paul Mendy a fermé le campus. « Les conditions d'une reprise ne sont pas réunies », peut-on lire dans un communiqué du SNC.",
        "Les conditions d'une reprise ne sont pas réunies",
        "Syndicat national des chercheurs",
    ),
    // A demonstrative after a body's words, in the next sentence, stands for that body, not for the
    // person named before it.
    (
        "Le ministre Paul Roux a visité l'aéroport lundi. La direction de la compagnie Air Varenne a réagi dans un communiqué, dénonçant une « grève sauvage de 48 heures ». Celle-ci s'estime également « surprise » par cette décision.",
        "surprise",
        "direction de la compagnie Air Varenne",
    ),
    // A complement of place between commas after a relative clause belongs to it: the subject stands
    // before the relative pronoun.
    (
        "La société Nordvolt a reçu un avis. L'entreprise, qui construit une usine à Varenne, en Montérégie, a confirmé avoir reçu l'avis après le « débroussaillage accidentel d'un marais ».",
        "débroussaillage accidentel d'un marais",
        "Nordvolt",
    ),
    // A person's full name right before the colon that opens a quotation, in a sentence with no cue,
    // speaks; `Avant de poursuivre` goes on with them.
    (
        "Les salariés bloquent l'usine. Mais les syndicats ont déjà trouvé le soutien du maire Gilles Renaud : « Il y a cet aspect humain qu'on néglige. » Avant de poursuivre : « Ce qu'on veut, c'est de l'action. »",
        "Ce qu'on veut, c'est de l'action.",
        "Gilles Renaud",
    ),
    // A capital after a body's noun is the body's seat, not its state; `le tribunal` then refers back to
    // the court.
    (
        "Le tribunal correctionnel de Paris a condamné le promoteur Henri Vasseur. Le tribunal a relevé « des mensonges répétés » du prévenu.",
        "des mensonges répétés",
        "tribunal correctionnel de Paris",
    ),
    (
        "Le parquet de Paris a annoncé qu'une enquête était ouverte contre la société Verdane.",
        "une enquête était ouverte",
        "parquet de Paris",
    ),
    // In a headline, a person's name in brackets right after the quotation speaks, not the label before
    // the colon.
    (
        "Togo : « le prix du pain est l'affaire de l'Etat » (Adjo)\n\nLe ministre du Commerce, Paul Adjo, a répondu aux boulangers.",
        "le prix du pain est l'affaire de l'Etat",
        "Paul Adjo",
    ),
    // `porte parole` without its hyphen is the role, not a verb and its object.
    (
        "Le ministre porte parole du gouvernement a indiqué que la journaliste a répandu « des contrevérités sur nos soldats ».",
        "des contrevérités sur nos soldats",
        "le ministre porte parole du gouvernement",
    ),
    // A state after a link is the country of a body that does not govern it: the body speaks.
    (
        "Le Syndicat des enseignants du Togo a dénoncé des contrôles « qui menacent la liberté syndicale ».",
        "qui menacent la liberté syndicale",
        "Syndicat des enseignants du Togo",
    ),
    (
        "Le Conseil des éditeurs de presse du Togo « condamne avec fermeté l'arrestation de Paul Adjo ».",
        "condamne avec fermeté l'arrestation de Paul Adjo",
        "Conseil des éditeurs de presse du Togo",
    ),
    // `la même source` is whoever spoke last; `l'entreprise` is the company that spoke in the sentence
    // before, not a brand named in between.
    (
        "« La trêve est rompue », a dénoncé le ministère valdorien des Affaires étrangères dans un communiqué. « Un tel acte est grave », a ajouté la même source.",
        "Un tel acte est grave",
        "ministère valdorien des Affaires étrangères",
    ),
    (
        "Ses marques sont Aqua, Vitta, Hepra et Contra. Nordal affirme que ces marques sont conformes. L'entreprise justifie ses filtres par les « évolutions de l'environnement autour de ses sources ».",
        "évolutions de l'environnement",
        "Nordal",
    ),
    // A quotation that opens with a finite reporting verb right after a noun phrase is its subject's.
    (
        "Dernière réaction : la Ligue des cités « condamne fermement » les propos du ministre.",
        "condamne fermement",
        "Ligue des cités",
    ),
    // A name and a long apposition before a verb with an object: the name is the subject, not the
    // object an inversion would make of it; an incise after the verb (`, ajoute le communiqué,`) stays one.
    (
        "Le général Koun Sarat a parlé hier. Pech Vibol, directeur du département de la politique et des affaires étrangères au ministère valdorien de la Défense, accuse Rovanie d'avoir violé deux fois la trêve.",
        "Rovanie d'avoir violé",
        "Pech Vibol",
    ),
    (
        "Ces ouvriers, ajoute le communiqué de la société Marnave, ont saccagé le bureau de vote.",
        "Ces ouvriers",
        "Marnave",
    ),
    // A run of quotations joined by commas or `avec`, before one inverted cue, is all its subject's, past
    // a long complement (`lors d'une déclaration à la presse à X`); `cheffe` is a role.
    (
        "« Nous avons gagné » avec « 60 % des voix », « le pays a un nouveau président », a affirmé lors d'une déclaration à la presse à Valdor la cheffe de l'opposition, Lucia Marén.",
        "60 % des voix",
        "Lucia Marén",
    ),
    // A name alone before the colon that opens a quotation speaks (a subhead, a line of reactions); a
    // party's acronym after a noun of a person is no name (`la présidente des députés RN`).
    (
        "Marine Dubois : “Un grand danger pour le droit\"\n\nLa présidente des députés RN a dénoncé \"une dérive\" sur X.",
        "Un grand danger",
        "Marine Dubois",
    ),
    (
        "Marine Dubois : “Un grand danger pour le droit\"\n\nLa présidente des députés RN a dénoncé \"une dérive\" sur X.",
        "une dérive",
        "Marine Dubois",
    ),
    // `Rien` opening a headline names no one, so `l'avocat de la ligue` is not `Rien`.
    (
        "Rien ne va plus entre Strimo et la ligue\n\nDès le départ, l'avocat de la ligue a dénoncé la manœuvre de Strimo : « Ce compte n'est qu'un simple compte bancaire. »",
        "Ce compte n'est qu'un simple compte",
        "l'avocat de la ligue",
    ),
    // What a source is close to is part of its description.
    (
        "« Les deux parties restent partenaires », explique une source proche du dossier.",
        "Les deux parties restent partenaires",
        "une source proche du dossier",
    ),
    // A role of a body the article names is not the person named just before without a role.
    (
        "L'audience, dirigée par Pascal Sorel, a commencé tôt. L'avocat de la LNF a dénoncé la manœuvre : « Ce compte n'est qu'un compte bancaire. »",
        "Ce compte n'est qu'un compte bancaire",
        "l'avocat de la LNF",
    ),
    // `Même` opening a sentence is no part of a name.
    (
        "Même Kylian Morel a réagi : « Zidane, on ne lui manque pas de respect. »",
        "Zidane, on ne lui manque pas de respect",
        "Kylian Morel",
    ),
    // `le groupe italien`, `le géant italien`: the company of that state the article named.
    (
        "L'agence a retiré son autorisation au groupe Ferrano. Le géant italien a reconnu « des défaillances internes ».",
        "des défaillances internes",
        "Ferrano",
    ),
    // What a director is in charge of is part of the description.
    (
        "« Nous avons été avertis », selon le directeur général chargé de la communication.",
        "Nous avons été avertis",
        "le directeur général chargé de la communication",
    ),
    // A feminine role noun the lists hold only in the masculine (`préfète`).
    (
        "« Le feu est fixé », a annoncé la préfète de Charente Aurélie Vasseur devant la presse.",
        "Le feu est fixé",
        "Aurélie Vasseur",
    ),
    // A full name in the complement of another noun is a person of the article, for a pronoun after.
    (
        "Les débats se sont ouverts avec un coup d’éclat de Karim Delval. « On nous traite comme des bêtes », a-t-il lancé.",
        "On nous traite comme des bêtes",
        "Karim Delval",
    ),
    // A day and a medium between an inverted verb and its subject.
    (
        "« Le budget ne passera pas », a estimé dimanche sur Radio Nord la sénatrice Hélène Vasseur.",
        "Le budget ne passera pas",
        "Hélène Vasseur",
    ),
    // A quotation that opens with the verb: the subject before it speaks.
    (
        "Le sélectionneur Bruno Keita « ne regrette rien de ses choix » malgré la défaite.",
        "ne regrette rien de ses choix",
        "Bruno Keita",
    ),
    // An acronym the article spelled out in brackets stands for the full name.
    (
        "Le Syndicat national des professeurs (SNP) a réagi mardi. « C'est une tentative de diviser », a dénoncé le SNP.",
        "C'est une tentative de diviser",
        "Syndicat national des professeurs",
    ),
    // Brackets after a person's name hold a party, whose initials are not the person's.
    (
        "Paul Vidal (PS) a pris la parole. « Nous voterons contre », a répondu le PS.",
        "Nous voterons contre",
        "PS",
    ),
    // An opening curly mark typed where the closing one belongs, before punctuation.
    (
        "“Vous avez manqué à vos devoirs“, a lâché le président de la fédération, Samuel Etonde.",
        "Vous avez manqué à vos devoirs",
        "Samuel Etonde",
    ),
    // A participle with no reporting neighbour: its subject is the sentence's.
    (
        "Le capitaine Idrissa Konaté s’en est pris aux médias étrangers, les qualifiant de « menteurs » et de « manipulateurs ».",
        "manipulateurs",
        "Idrissa Konaté",
    ),
    // An adverb of two words between the auxiliary and the participle, and a noun of a side in `-iste`.
    (
        "Les indépendantistes ont par ailleurs dénoncé « une provocation délibérée » de la capitale.",
        "une provocation délibérée",
        "les indépendantistes",
    ),
    // A body identified by its state, then its bare noun: the same body.
    (
        "L'armée tchadienne a démenti toute mutinerie. L'armée a qualifié ces rumeurs d'« inventions malveillantes ».",
        "inventions malveillantes",
        "l'armée tchadienne",
    ),
    // `le gouvernement togolais` speaks for Togo, and so does `le gouvernement` after it.
    (
        "Le gouvernement togolais a publié un bilan mardi. Le gouvernement dénonce des « tentatives de récupération ».",
        "tentatives de récupération",
        "Togo",
    ),
    // A body that names its own state is not the last one of that noun.
    (
        "L'armée algérienne a affirmé avoir abattu un drone. Dans son communiqué, l'armée malienne explique que l'appareil était « en mission ordinaire ».",
        "en mission ordinaire",
        "l'armée malienne",
    ),
    // `le parti` after a party known by its acronym.
    (
        "Du côté de la majorité, le RPDT dénonce un « canular grotesque ». Le parti assure attendre « sereinement les résultats ».",
        "sereinement les résultats",
        "RPDT",
    ),
    // An object pronoun between the subject and the verb (`le qualifie`, `lui a répondu`).
    (
        "La sénatrice Odile Marchal a réagi vendredi. Odile Marchal le qualifie d'« affront aux anciens combattants ».",
        "affront aux anciens combattants",
        "Odile Marchal",
    ),
    (
        "Le maire Hugo Brassac lui a répondu que le budget serait voté en juin.",
        "le budget serait voté en juin",
        "Hugo Brassac",
    ),
    // Brackets after a name give a party: the person speaks, not the party.
    (
        "Pour Line Aubrac-Torres (Parti écologiste), « la ville est défigurée » par ce projet.",
        "la ville est défigurée",
        "Line Aubrac-Torres",
    ),
    // `la garde des Sceaux` is the minister of Justice named before (no body called `garde`, and
    // `Sceaux` is no name).
    (
        "La ministre de la Justice, Nadia Berthe, a écrit aux magistrats. « Lorsque le calme sera revenu, nous parlerons », écrit la garde des Sceaux en conclusion.",
        "Lorsque le calme sera revenu, nous parlerons",
        "Nadia Berthe",
    ),
    // A demonstrative description of a source points back to the one that spoke last.
    (
        "Le parquet de Quimper a précisé à l'AFP qu'aucune piste n'était écartée. « L'enquête se poursuit », a ajouté cette source.",
        "L'enquête se poursuit",
        "parquet de Quimper",
    ),
    // `la députée` alone is a function (also a title before a name) and `sur X` is where she said it: the
    // deputy named before speaks, not the platform.
    (
        "La députée Anne Veran a été suspendue par son groupe. « Verdict : quatre mois », a réagi la députée sur X (ex-Twitter).",
        "Verdict : quatre mois",
        "Anne Veran",
    ),
    // A name after a second function in the complement of the first is the complement's: the former
    // prime minister speaks, not the president he served.
    (
        "Paul Mba a reconnu sa défaite. « Je n'ai pas gagné », a lancé le dernier Premier ministre du président déchu Ali Ndong.",
        "Je n'ai pas gagné",
        "Paul Mba",
    ),
    // A surname given alone, then a description of a function nobody was given (`l'opposant`): the
    // person who spoke last, reached through `-t-il`.
    (
        "« Je répondrai si mes droits sont respectés », a insisté Sall.\n\n« Je ne suis pas candidat », a-t-il poursuivi.\n\n« Je ne veux pas d'escorte », a égrené l’opposant, qui est à Thiès depuis dix jours.",
        "Je ne veux pas d'escorte",
        "Sall",
    ),
    // A role whose capitalised domain has a complement (`de Nice`): the name in apposition after it.
    (
        "Le club a « délibérément écarté des joueurs », a martelé le procureur de la République de Vannes, Hugo Delmas, dans son réquisitoire.",
        "délibérément écarté des joueurs",
        "Hugo Delmas",
    ),
    // A domain of two nouns joined by `et`: the second is no name, and `le ministre` is the minister named.
    (
        "Le ministre de la Communication et Médias, Pascal Ebondo, a démenti les rumeurs. « Il n'y a pas de troupes étrangères ici », a affirmé le ministre.",
        "Il n'y a pas de troupes étrangères ici",
        "Pascal Ebondo",
    ),
    // A pronoun inverted after a modal verb (`devait-il déclarer :`) is the subject of the quotation.
    (
        "Le gouverneur Alain Mbeki a reçu les élus. Ainsi, devait-il déclarer : « Aucun district ne sera oublié. Les routes seront refaites avant l'été. »",
        "Aucun district ne sera oublié.",
        "Alain Mbeki",
    ),
    // Two people of one family share a surname: each keeps their words (`Dame` is a title).
    (
        "Dame Awa Sarr est sans nouvelles de son époux Moussa Ibra Sarr. Elle ne dort plus. « C'est très dur pour nos enfants. Ils réclament leur père. »",
        "C'est très dur pour nos enfants.",
        "Awa Sarr",
    ),
    // Time words before the addressee (`ce matin à l'agence X`), then a phrase naming a union, then the
    // person in apposition: the person speaks.
    (
        "« Personne ne nous écoute », a déclaré ce matin à l'agence Belga la permanente Unitas du secteur bancaire, Martine Leclercq.",
        "Personne ne nous écoute",
        "Martine Leclercq",
    ),
    // A date between the cue and its inverted subject.
    (
        "« Le dialogue reste ouvert », a affirmé lundi 12 mai le ministre Joseph Ondoua.",
        "Le dialogue reste ouvert",
        "Joseph Ondoua",
    ),
    // An adverb phrase and an accented adverb between the auxiliary and the participle.
    (
        "Le maire « n'a jamais vu ce contrat », avait au contraire plaidé son avocat Me Hervé Castel.",
        "n'a jamais vu ce contrat",
        "Hervé Castel",
    ),
    (
        "D'autres agences fermeront « dans les prochaines semaines », avait précédemment annoncé la banque Crédit Lémanique.",
        "dans les prochaines semaines",
        "Crédit Lémanique",
    ),
    // An apposition the page left without its closing comma before the cue.
    (
        "Odette Marchal, caissière depuis 30 ans déclare : \"on attend un geste de la direction. Le plan est inacceptable\".",
        "on attend un geste de la direction.",
        "Odette Marchal",
    ),
    // `dit « … »` after a name gives a nickname, not words; `Madame Sarr` is not her husband.
    (
        "Le militant Ibrahima Ndiaye dit « Le Lion » a disparu. Son épouse Khady Ndiaye est sans nouvelles. « Je veux qu'il rentre à la maison », a confié Madame Ndiaye.",
        "Je veux qu'il rentre à la maison",
        "Khady Ndiaye",
    ),
    // A role no one was given, before anyone spoke: the person of that gender named without a role.
    (
        "La grève s'étend, après la venue de Claire Roussel au congrès des infirmiers.\n\n« Je vais leur faire des propositions », a annoncé la ministre de la Santé sur une radio.",
        "Je vais leur faire des propositions",
        "Claire Roussel",
    ),
    // A sentence opened by a pronoun, its second verb coordinated with `et`: the pronoun's person speaks.
    (
        "Le pilote Hugo Lemaire a rompu le silence sur son blog. Il y dénonce les rumeurs sur son contrat, et affirme son refus de « plier devant la menace ».",
        "plier devant la menace",
        "Hugo Lemaire",
    ),
    // A capitalised body noun with its adjective or complement names a body (not a medium, not a title).
    (
        "Les infirmiers se sont déclarés malades, selon l'Agence régionale de santé de Normandie.",
        "Les infirmiers se sont déclarés malades",
        "Agence régionale de santé de Normandie",
    ),
    (
        "L'Ordre des pharmaciens a réclamé « une réunion sans délai ».",
        "une réunion sans délai",
        "Ordre des pharmaciens",
    ),
    // An acronym in brackets inside the source's name after `selon`.
    (
        "Trois services ont fermé, selon l'Agence régionale de santé (ARS) de Normandie.",
        "Trois services ont fermé",
        "Agence régionale de santé (ARS) de Normandie",
    ),
    // `auprès de l'AFP` is an addressee between the cue and its inverted subject.
    (
        "« C'est la fin d'une histoire », a réagi auprès de l'AFP Gérard Lenoir, délégué syndical.",
        "C'est la fin d'une histoire",
        "Gérard Lenoir",
    ),
    // `Selon eux`: the group spoken of last.
    (
        "Les avocats de Paul Diouf ont réagi à la décision. Selon eux, cette mesure relève d'« un chantage pur et simple ».",
        "un chantage pur et simple",
        "les avocats de Paul Diouf",
    ),
    // A quotation in a sentence without a source, right after its speaker's words in the paragraph.
    (
        "L'Autorité des marchés a indiqué que la banque Crédit Lémanique avait changé ses tarifs en 2021. Ces tarifs ont été jugés « ni utiles ni équitables » pour les clients.",
        "ni utiles ni équitables",
        "Autorité des marchés",
    ),
    // A body noun capitalised alone refers back to the body named before it, with its complement...
    (
        "L'Autorité des marchés sanctionne la banque Crédit Lémanique.\n\nSelon l'Autorité, ces frais ont pénalisé les petits épargnants.",
        "ces frais ont pénalisé les petits épargnants",
        "Autorité des marchés",
    ),
    // ... unless with its article it is a medium's title.
    (
        "Le club Sporting Varenne veut se séparer de son gardien, selon L'Equipe.",
        "Le club Sporting Varenne veut se séparer de son gardien",
        "L'Équipe",
    ),
    // An adverb the lexicon knows between the auxiliary and the participle of an inverted cue.
    (
        "« Cette sanction a été pesée avec soin », a bien précisé la ministre Lina Vasquez.",
        "Cette sanction a été pesée avec soin",
        "Lina Vasquez",
    ),
    // A ministry named by its capitalised domain and its adjective, then described by its noun.
    (
        "« Ces accusations sont ridicules », a réagi le ministère ardanien des Affaires étrangères dans un communiqué. « Elles visent à détourner l'attention », a ajouté le ministère ardanien.",
        "Elles visent à détourner l'attention",
        "ministère ardanien des Affaires étrangères",
    ),
    // A statement announced with a colon, over two paragraphs, each reopened with «.
    (
        "Le directeur Kevin Lebleu a fait la déclaration suivante :\n\n«Au cours des dernières heures, des faits nouveaux nous ont été signalés.\n\n«À la lumière de ces faits, l'entraîneuse est suspendue.»",
        "À la lumière de ces faits",
        "Kevin Lebleu",
    ),
    // An article cut from a page that opens on a pronoun: the person named in the next sentences.
    (
        "« Plus de deux millions de flacons sont concernés », a-t-il affirmé. Sortant de son silence, Gilles Ferrand, qui dirige le laboratoire, a promis de rembourser les clients.",
        "Plus de deux millions de flacons",
        "Gilles Ferrand",
    ),
    // A conjunction opening the sentence is no part of a name.
    (
        "Lorsque Romain Keller a été interrogé sur la grève, il a jugé la situation « tout à fait maîtrisée ».",
        "tout à fait maîtrisée",
        "Romain Keller",
    ),
    // A verb no list holds, then a colon and the quotation: its subject speaks.
    (
        "À peine le juge a-t-il rejeté la demande que l'avocat de Marc Vasseur Paul Giraudet tempête : « Nous ne lâcherons rien. »",
        "Nous ne lâcherons rien.",
        "Paul Giraudet",
    ),
    (
        "La maire Sonia Petitjean s'emporte : « Ce chantier est une honte. »",
        "Ce chantier est une honte.",
        "Sonia Petitjean",
    ),
    // A description goes to no one of the other gender, nor to someone named only paragraphs later.
    (
        "L'ancienne ministre de la Santé a rappelé qu'il ne lui revenait pas « de trancher ce débat ».\n\nLe comité a siégé jeudi sans conclure sur le fond, faute de temps, et reprendra ses travaux la semaine prochaine, selon son calendrier publié en ligne, avec de nouvelles auditions prévues dès lundi matin.\n\nLe premier témoin sera le ministre de la Santé, Hugo Lebrun.",
        "de trancher ce débat",
        "l'ancienne ministre de la Santé",
    ),
    // Complements between an inverted cue and its subject, closed by commas.
    (
        "« C'est la victoire du oui », a réagi sur Radio Azur, Yvan Ledru, vice-président du syndicat Sud-Rail.",
        "C'est la victoire du oui",
        "Yvan Ledru",
    ),
    (
        "« Rien n'est signé », a déclaré mardi, dans un communiqué, la ministre Nadia Berrada.",
        "Rien n'est signé",
        "Nadia Berrada",
    ),
    // A cue inside what another reports: the quoted words are the outer speaker's.
    (
        "L'avocat Bakar Thiam avait déclaré, mercredi, à l'agence Kora, que le juge a constaté « l'état d'épuisement » de son client.",
        "l'état d'épuisement",
        "Bakar Thiam",
    ),
    (
        "L'avocate Ina Kaboré a déclaré que le juge a constaté des irrégularités, ajoutant que le même juge a dû suspendre l'audience.",
        "le même juge a dû suspendre",
        "Ina Kaboré",
    ),
    // Adjectives of the lexicon after the head noun stay in the phrase, and `Selon X, …` runs to its comma.
    (
        "Selon des sources sécuritaires locales, douze assaillants ont été tués près de Kalo.",
        "douze assaillants ont été tués",
        "des sources sécuritaires locales",
    ),
    (
        "Selon des sources proches de l'enquête, le suspect a avoué le vol des tableaux.",
        "le suspect a avoué le vol",
        "des sources proches de l'enquête",
    ),
    (
        "Les syndicats majoritaires ont dénoncé « un passage en force » du conseil d'administration.",
        "un passage en force",
        "les syndicats majoritaires",
    ),
    (
        "Selon la directrice, qui s'exprimait devant les parents, l'école rouvrira lundi.",
        "l'école rouvrira lundi",
        "la directrice",
    ),
    // A title of several words opened by its capitalised article; a body named with its complement.
    (
        "L'hebdomadaire Le Phare du Sud affirme que le chantier a coûté le double du devis.",
        "le chantier a coûté le double",
        "Le Phare du Sud",
    ),
    (
        "La Banque de Norvane a affirmé que les taux ne bougeraient pas avant l'été.",
        "les taux ne bougeraient pas",
        "Banque de Norvane",
    ),
    // After `de`, a first name inside a run of capitals opens the person's name.
    (
        "Le maire de Port-Ravel Jean Durandeau a affirmé que la piscine fermerait en août.",
        "la piscine fermerait en août",
        "Jean Durandeau",
    ),
    // A noun no list holds, then the person's name in apposition, after an inverted cue.
    (
        "« Les bus ne passent plus après vingt heures », se plaint une usagère, Odile Bernardin.",
        "Les bus ne passent plus",
        "Odile Bernardin",
    ),
    // A description headed by a noun that names a person (human_nouns.txt), not only by a role.
    (
        "Marc Dubois a retrouvé ses joueurs mardi. « Nous avons un match important demain », a souligné l'entraîneur.",
        "Nous avons un match important demain",
        "Marc Dubois",
    ),
    (
        "Le procès s'est ouvert lundi. La plaignante a contesté cette version : « Rien de tout cela n'est vrai. »",
        "Rien de tout cela n'est vrai.",
        "la plaignante",
    ),
    // A body named in the complement of a role is not the speaker's name.
    (
        "Marc Lefort, l'ancien trésorier du parti Avenir de Rémi Castan, affirme que la formation a caché des prêts.",
        "la formation a caché des prêts",
        "Marc Lefort",
    ),
    // A place before a single capitalised word opens a name (a club), not a person's name.
    (
        "Le joueur du Paris Saint-Clair a toujours nié les faits. « C'est une pure invention », a-t-il dit.",
        "C'est une pure invention",
        "le joueur du Paris Saint-Clair",
    ),
    // A parenthesis between the subject and its cue; an acronym there names the body described.
    (
        "Jacques Mbarga (ministre de l'Enseignement) a dénoncé « des informations sans fondement » sur sa santé.",
        "des informations sans fondement",
        "Jacques Mbarga",
    ),
    (
        "Le parti (PDN) a dénoncé « une manœuvre grossière » du pouvoir.",
        "une manœuvre grossière",
        "PDN",
    ),
    // Narrative infinitives: after their subject, opening a sentence, and after a reporting clause.
    (
        "Me Jean Diallo de conclure : « L'autre a choisi la lâcheté. »",
        "L'autre a choisi la lâcheté.",
        "Jean Diallo",
    ),
    (
        "« Nous irons jusqu'au bout », a déclaré Paul Morel. Et d'ajouter qu'il avait parlé avec le capitaine.",
        "il avait parlé avec le capitaine",
        "Paul Morel",
    ),
    (
        "Les avocats de la famille contestent. « Les pièces sont claires », a précisé Me Anne Kouassi, avant d'ajouter : « Nous ferons appel. »",
        "Nous ferons appel.",
        "Anne Kouassi",
    ),
    // A plural pronoun goes to the group spoken of last; a point of the compass is nobody's name.
    (
        "Des soldats du camp Nord ont annoncé leur soutien. « Nous servirons le peuple », ont-ils affirmé.",
        "Nous servirons le peuple",
        "des soldats du camp Nord",
    ),
    (
        "Les syndicats ont rencontré la ministre. « Nous ne lâcherons rien », ont-ils prévenu.",
        "Nous ne lâcherons rien",
        "les syndicats",
    ),
    // A quotation standing alone right after a sentence whose subject is a named person is theirs.
    (
        "Le match approche. Bien que franc, Luca Bernardi a tenu à calmer le jeu. « Nous avons un match important demain. »",
        "Nous avons un match important demain.",
        "Luca Bernardi",
    ),
    // Quotation marks of word processors: single curly quotes around words with apostrophes, double
    // primes, and a closing guillemet typed as an opening one before the reporting clause.
    (
        "Le maire Paul Vidal a tranché : ‘Nous ne fermerons pas l’école.’ Il a ajouté que le budget était prêt.",
        "Nous ne fermerons pas l’école.",
        "Paul Vidal",
    ),
    (
        "L'entraîneur Marc Olier a prévenu : ″Nous irons chercher ce titre.″",
        "Nous irons chercher ce titre.",
        "Marc Olier",
    ),
    (
        "« Nous irons au bout «, a martelé Sophie Lenoir, la présidente du syndicat.",
        "Nous irons au bout",
        "Sophie Lenoir",
    ),
    // A news site named by its address speaks; a role no one was given is not the unnamed source of
    // another role who spoke just before, but the person the article named without a role.
    (
        "Xavier Dumont est sous pression. « Il n'a pas fait d'efforts », indique gazette.lu. « J'ai écrit ce travail seul », a réagi le Premier ministre.",
        "Il n'a pas fait d'efforts",
        "gazette.lu",
    ),
    (
        "Xavier Dumont est sous pression. « Il n'a pas fait d'efforts », dit un reporter. « J'ai écrit ce travail seul », a réagi le Premier ministre.",
        "J'ai écrit ce travail seul",
        "Xavier Dumont",
    ),
    // Straight single quotes as quotation marks, around words with apostrophes.
    (
        "Le banquier Marco Verdi a été clair: 'C'est l'heure de la 'Realpolitik'. Je décide sur des faits.'",
        "C'est l'heure de la 'Realpolitik'.",
        "Marco Verdi",
    ),
    // Reported speech, a comma, then an inverted cue with time words and an addressee before its subject.
    (
        "Deux millions de personnes ont défilé, a déclaré quelques minutes plus tôt à l'agence Belga le syndicaliste Marc Olier.",
        "Deux millions de personnes ont défilé",
        "Marc Olier",
    ),
    (
        "Le cortège a réuni trente mille personnes, a affirmé à la presse la secrétaire générale du syndicat, Lina Morel.",
        "Le cortège a réuni trente mille personnes",
        "Lina Morel",
    ),
    // A participle phrase between subject and verb, with a name in apposition to its complement; and a
    // perfect infinitive after the verb (`après avoir annoncé`) that has no subject of its own.
    (
        "Nicolas Sarkon, accompagné de sa femme, Carla Brunet, déclare après avoir annoncé son intention de faire appel : « Nous irons jusqu'au bout. »",
        "Nous irons jusqu'au bout.",
        "Nicolas Sarkon",
    ),
    // A role description does not stand for a body that spoke before it, a one-word name that may be a
    // body's (`Hezbar`); it stays an honest unnamed source.
    (
        "Le Hezbar a démenti toute implication. Le porte-parole de la diplomatie valdienne a déclaré que son pays « condamnait fermement » ces propos.",
        "condamnait fermement",
        "le porte-parole de la diplomatie valdienne",
    ),
    // A surname with a capitalised article and a role noun (`Le Maire`) is a name.
    (
        "Le ministre de l'Industrie Julien Le Maire a tranché : « L'Etat s'est substitué à une entreprise défaillante. »",
        "L'Etat s'est substitué",
        "Julien Le Maire",
    ),
    // A word or two in quotation marks is the source's in a sentence given by `selon`, and before an
    // inverted cue.
    (
        "Le ministre Paul Roux attend le verdict. Selon son avocate Me Lina Morel, il était « serein » avant la décision.",
        "serein",
        "Lina Morel",
    ),
    (
        "Une condamnation, même « la plus basse », entraînerait sa « démission », avait soutenu l'avocate Lina Morel.",
        "la plus basse",
        "Lina Morel",
    ),
    // An age in the subject's phrase (`de 48 ans`); a participle opening the sentence is no cue of its own
    // (`Accusé de plagiat, …`: written with `é`, not the finite `accuse`).
    (
        "Xavier Dumont est sous pression. Le Premier ministre de 48 ans a noté que ce travail était ancien.",
        "ce travail était ancien",
        "Xavier Dumont",
    ),
    (
        "Accusé de plagiat, le Premier ministre Xavier Dumont a reconnu qu'il aurait « dû faire autrement ».",
        "dû faire autrement",
        "Xavier Dumont",
    ),
    // `Pour lui,` after a body spoke: the body; a news site in capitals (`GAZETTE.CD`) as the addressee.
    (
        "Le parti Avenir a dénoncé la décision. Pour lui, les déclarations du chef de mission « sont contradictoires et graves ».",
        "sont contradictoires et graves",
        "Avenir",
    ),
    (
        "« La situation est sous contrôle », avait dit à GAZETTE.CD le général de brigade Sylvain Ekenga, porte-parole adjoint de l’armée.",
        "La situation est sous contrôle",
        "Sylvain Ekenga",
    ),
    // A surname that is also a preposition (`Sur`) after a first name, in an apposition.
    (
        "Leur avocat français, Pierre-Louis Sur, dénonce un « procès spectacle » et une « mascarade judiciaire ».",
        "procès spectacle",
        "Pierre-Louis Sur",
    ),
    // After an inverted subject's full name, `au` opens whom it was said to.
    (
        "« Je souhaite la nomination d'un préfet compétent », déclare Christian Estrada au Parisien.",
        "Je souhaite la nomination",
        "Christian Estrada",
    ),
    // A participle coordinated with an earlier one shares its auxiliary and its subject.
    (
        "La régie Transvia a dénoncé une grève « disproportionnée » et annoncé un service réduit à une ligne sur trois.",
        "un service réduit",
        "Transvia",
    ),
    // A quotation opening on a capitalised word (`Rien`) names nobody; a full name of either gender
    // (`Dominique`) after a role with a body in its complement is the person's.
    (
        "« Rien à ajouter », a déclaré le président de la cour Dominique Pautrat.",
        "Rien à ajouter",
        "Dominique Pautrat",
    ),
    // A cue in a relative clause on a noun (`les magistrats qu'il avait critiqués`) reports nothing: the
    // quotations go to the cue at the sentence's end.
    (
        "« A aucun moment », le ministre « n'avait exprimé une animosité » envers les magistrats qu'il avait critiqués, a déclaré le président de la cour Dominique Pautrat.",
        "n'avait exprimé une animosité",
        "Dominique Pautrat",
    ),
    // A nationality noun: before a name it describes the person; alone after `l'` it stands for the
    // person named before, as a role does.
    (
        "John Textman a quitté le club. « Je n'ai pas été limogé », a déclaré l'Américain.",
        "Je n'ai pas été limogé",
        "John Textman",
    ),
    (
        "« Je n'ai jamais reçu un coup pareil », a déclaré l'Italienne Angela Carona.",
        "Je n'ai jamais reçu",
        "Angela Carona",
    ),
    // Incises that open with a participle or a relative pronoun stand between the subject and its verb;
    // a pronoun in the next sentence looks back to that subject, not to the person of the incise.
    (
        "Hugues Moutard, poussé au départ par Christian Estrada, qui juge son action insuffisante, n’a pas répondu au maire. « Gardez votre calme », a-t-il déclaré.",
        "Gardez votre calme",
        "Hugues Moutard",
    ),
    // `Pour` and a source whose complement runs to the comma, with the person's name at its end.
    (
        "La grâce a été accordée samedi. Pour l’avocat de la partie civile Paul Roux, cette mesure est « un camouflet pour la justice ».",
        "un camouflet pour la justice",
        "Paul Roux",
    ),
    // A personal pronoun after a body's words, in the next sentence, stands for that body, not for a
    // place named in between; the body is described in full (`du pays voisin` is its complement).
    (
        "Six personnes ont été blessées dans le port de Varenne, a annoncé le ministère de l'intérieur du pays voisin. Dans un communiqué, il fait état de « dégâts considérables ».",
        "dégâts considérables",
        "le ministère de l'intérieur du pays voisin",
    ),
    // The capitalised words of a body's name before its lower-case complement and an acronym in
    // brackets are the start of the name the acronym spells out: `selon` takes the whole name, and the
    // body noun alone refers back to it.
    (
        "Le chantier est à l'arrêt depuis mardi, selon la Fédération nationale des charpentiers marins (FNCM). La fédération appelle à une réunion le 4 mai.",
        "Le chantier est à l'arrêt depuis mardi",
        "Fédération nationale des charpentiers marins",
    ),
    (
        "Le chantier est à l'arrêt depuis mardi, selon la Fédération nationale des charpentiers marins (FNCM). La fédération appelle à une réunion le 4 mai.",
        "à une réunion le 4 mai",
        "Fédération nationale des charpentiers marins",
    ),
    // A party's acronym between a role and a full name describes the person; so does a second place
    // after `et` in the role's complement, which refers back to the person named before.
    (
        "« Nous voterons contre », a déclaré le député RN Paul Ferrand.",
        "Nous voterons contre",
        "Paul Ferrand",
    ),
    (
        "Le feu est fixé, a annoncé la préfète de Gironde Hélène Vasseur. « Les habitants vont rentrer », a dit la préfète de Gironde et Nouvelle-Aquitaine devant la presse.",
        "Les habitants vont rentrer",
        "Hélène Vasseur",
    ),
    // A complement with a participle and a medium (`dans un communiqué transmis à l'AFP`) stands between
    // the verb and the name after it.
    (
        "« Nous rejetons ces accusations », a déclaré dans un communiqué transmis à l'AFP Mamadou Tigana.",
        "Nous rejetons ces accusations",
        "Mamadou Tigana",
    ),
    // A pronoun after the quotation is the subject that opened it, not the last person who spoke.
    (
        "Le préfet Marc Aubry a exprimé « sa vive inquiétude ». Me Rocheval a estimé qu'« une ligne rouge a été franchie », a-t-il affirmé.",
        "une ligne rouge a été franchie",
        "Rocheval",
    ),
    // A body that spoke in the sentence before is who `il` stands for, before a person its words name.
    (
        "« Je pars », a dit Paul Vannier. Le conseil militaire a affirmé que Paul Vannier avait tenté de fuir. Il a précisé que « les complices » avaient été arrêtés.",
        "les complices",
        "le conseil militaire",
    ),
    // A role of one state is not the person just named with the same role for another state; and the
    // capitalised words of a role (`Le Premier ministre`) opening a sentence name no one it could be.
    (
        "Le Premier ministre portugais Rui Tavares a annoncé un accord sur la pêche. De son côté, le Premier ministre espagnol a demandé sa « mise en œuvre immédiate ».",
        "mise en œuvre immédiate",
        "le Premier ministre espagnol",
    ),
    // An acronym after a figure is its unit (a currency), no body a description could refer back to.
    (
        "Le garde a été arrêté alors qu'il recevait « une somme de 2 milliards FCFA » de l'ancien ministre, explique le document.",
        "une somme de 2 milliards FCFA",
        "le document",
    ),
    // A full name, then its affiliation after `de la`: the person speaks (the quotation was lost).
    (
        "« La décision est une bombe », explique Pascal Verdier de la FGTB.",
        "La décision est une bombe",
        "Pascal Verdier",
    ),
    // A capitalised word opening a sentence inside a quotation names nobody (here between two
    // apostrophes doubled as marks, whose inner one the quotation keeps: a known defect).
    (
        "Le ministre a promis des résultats. ''Nous les retrouverons. Ça paraît bizarre, tout sera éclairci'' a-t-il ajouté.",
        "'Nous les retrouverons",
        "le ministre",
    ),
    // A capital right after a body's noun is the body's name (a team named after its city), and the
    // capital alone later in the article is that body, not the state.
    (
        "L'équipe Nairobi a démenti travailler avec l'entraîneur Piet Vos. Nairobi rappelle qu'elle est « attachée au sport propre ».",
        "attachée au sport propre",
        "Nairobi",
    ),
    (
        "La formation Nairobi a démenti travailler avec l'entraîneur Piet Vos, ajoutant qu'aucun contrat n'a été signé.",
        "travailler avec l'entraîneur Piet Vos",
        "Nairobi",
    ),
    // A pronoun of a known gender, in a paragraph where nobody spoke yet, goes to the person of that
    // gender just named, not to the one who spoke in the paragraph before and whose gender is unknown
    // (the quotation opens with a closing mark, as some pages print it).
    (
        "Me Tebogo Adjei a défendu le président. Selon le ministre de la Justice, il n'en est rien.\n\n« Le dossier est clos », a dit le ministre aux députés. Avant d'ajouter : « la loi est la même pour tous ».\n\nLa réaction de Aida Mbaye, avocate de Moussa Kane, n'a pas tardé. »Il n'y a pas de conseil le mardi », s'interroge-t-elle.",
        "Il n'y a pas de conseil le mardi",
        "Aida Mbaye",
    ),
    // Two particles in a row stay in the name, whatever their case.
    (
        "\"Rien n'excuse une telle frappe\" a lancé la présidente de la Commission, Ursula Von der Wald, qui estime que la crise est grave.",
        "Rien n'excuse une telle frappe",
        "Ursula Von der Wald",
    ),
    (
        "« Le pont est sûr », a déclaré le ministre néerlandais, Piet van der Berg.",
        "Le pont est sûr",
        "Piet van der Berg",
    ),
    // A government named by its noun alone, in a sentence that opens with a state's side, is that state.
    (
        "Le Mali a demandé le départ de l'ambassadeur.\n\nCôté français, les autorités ont redit jeudi que « les militaires n'ont pas autorité pour cette demande ».",
        "les militaires n'ont pas autorité pour cette demande",
        "France",
    ),
    (
        "Le Mali a demandé le départ de l'ambassadeur.\n\nDu côté tchadien, le gouvernement a affirmé que la décision était « irrévocable ».",
        "irrévocable",
        "Tchad",
    ),
    // An article, one capitalised word and adjectives name a body (no person's name takes an article),
    // even when the word is also a first name and a common noun; an adjective of a state is the body's
    // country, not its name; a complement after the phrase may continue the name.
    (
        "« Nous ne signerons rien », a déclaré le Renouveau démocrate dans un communiqué.",
        "Nous ne signerons rien",
        "Renouveau démocrate",
    ),
    (
        "« La trêve est rompue », a estimé le Jihad islamique.",
        "La trêve est rompue",
        "Jihad islamique",
    ),
    (
        "« Aucun accord n'a été conclu », a affirmé le Rempart libanais.",
        "Aucun accord n'a été conclu",
        "Rempart",
    ),
    // A body's complement right after a comma, its closing comma left out, is the apposition of the
    // person named before it.
    (
        "Interrogée mardi, Carole Vasseur, du syndicat Sinfo qualifie cette réforme de « recul social ».",
        "recul social",
        "Carole Vasseur",
    ),
    // A pronoun after a linking adverb (`Puis il …`) is the sentence's subject; a quotation standing alone
    // after it is that person's.
    (
        "Lundi soir, Marc Bonnet a quitté le tribunal. Puis il a rejoint ses avocats et s'est adressé à la presse. «C'est un jour particulier pour moi.»",
        "C'est un jour particulier pour moi.",
        "Marc Bonnet",
    ),
    // A body named at the end of a role's apposition is the person's affiliation; the person speaks.
    (
        "Florent Veillon, délégué central CFTC, s'est dit « abasourdi » par le plan.",
        "abasourdi",
        "Florent Veillon",
    ),
    // A ministry's domain after `des` is the role's; the name after it is the minister's. A complement after
    // an inverted subject (`en mêlée de presse`) is no part of the phrase.
    (
        "La ministre des Sports Claire Dubreuil a reçu le club.\n\n« Ce que nous avons entendu n'est pas acceptable », a dit la ministre en mêlée de presse à Ottawa.",
        "Ce que nous avons entendu",
        "Claire Dubreuil",
    ),
    // The complement of a noun of speech, as the sentence's subject before a colon, speaks.
    (
        "Le syndicat Sinfo a été reçu lundi.\n\nLa réponse du syndicat est tombée mardi : « Nous ne signerons pas. »",
        "Nous ne signerons pas.",
        "Sinfo",
    ),
    (
        "La réaction de Paul Virot ne s'est pas fait attendre : « Nous ne céderons pas. »",
        "Nous ne céderons pas.",
        "Paul Virot",
    ),
    // A first name alone that an apposition describes as a person names one (someone who gives no
    // surname); the pronoun after goes to them, not to who spoke before.
    (
        "« Le plan est prêt », a déclaré le ministre Marc Fesson. Benoît, un éleveur de la Brie, a revendiqué l'action. « Rien ne bouge », a-t-il lancé.",
        "Rien ne bouge",
        "Benoît",
    ),
    // `il` in the sentence right after one whose named subject agrees with it is that subject, before
    // someone who spoke two sentences earlier.
    (
        "« C'est illégal », a dit l'avocat Paul Roux. Le CNDP serait donc incompétent. Il se trouve que celui-ci a déjà répondu par un communiqué. Il indique qu'« une décision sera prise en mai ».",
        "une décision sera prise en mai",
        "CNDP",
    ),
    // A description whose complement names a person (`l'institutrice du fils d'Anne X`) is someone else.
    (
        "La ministre de la Culture Anne Ferrand est attendue mardi.\n\nDans les colonnes du Courrier, l'institutrice du fils aîné d'Anne Ferrand a démenti toute absence.",
        "toute absence",
        "l'institutrice du fils aîné d'Anne Ferrand",
    ),
    // An unnamed person a sentence introduces as its subject (`Une infirmière de …`) is who the definite
    // noun stands for later, not the person named before.
    (
        "La ministre Claire Dubreuil a promis des renforts. Une infirmière de l'hôpital de Valmont était de garde ce soir-là. «Pourquoi personne n'est venu?» se demande l'infirmière.",
        "Pourquoi personne n'est venu?",
        "une infirmière de l'hôpital de Valmont",
    ),
    // A noun of a region's people with an age after it stands for the person just spoken of.
    (
        "Karim Benali a été arrêté vendredi à Lyon.\n\nLe Franco-Marocain de 26 ans a déclaré qu'il « regrettait tout ».",
        "regrettait tout",
        "Karim Benali",
    ),
    // A past infinitive clause opening the sentence (`Après avoir affirmé que …,`) is the main subject's.
    (
        "Après avoir affirmé que « des départs » étaient nécessaires, la ministre des Sports Claire Dubreuil n'a pas été convaincue par la défense du club.",
        "des départs",
        "Claire Dubreuil",
    ),
    // After an inverted cue, the person the reported words speak of is not who `il` stands for next: the
    // speaker named after the cue is.
    (
        "Le procès de Marc Delorme s'est ouvert lundi.\n\nMarc Delorme a « clairement cherché à écarter les jeunes joueurs », a martelé le procureur de Nice, Paul Virot, dans son réquisitoire. « Pour un club, la formation est une richesse. Pour lui, c'est une charge », a-t-il ajouté.",
        "Pour un club, la formation",
        "Paul Virot",
    ),
    // A quotation standing alone at the head of a paragraph, which nobody before spoke, goes to the
    // person the next sentence names as its subject.
    (
        "« Aujourd'hui, on mesure l'ampleur du plan. C'est un choc ». Marc Delorme est abattu. Le syndicaliste a détaillé les suppressions de postes.",
        "Aujourd'hui, on mesure",
        "Marc Delorme",
    ),
    // After `selon`, a noun of speech and what links it to its speaker (`les propos tenus par`, `les termes
    // de`) stand before the source.
    (
        "Le projet coûtera deux milliards, selon les propos tenus alors par la ministre Claire Dubreuil.",
        "Le projet coûtera deux milliards",
        "Claire Dubreuil",
    ),
    // `qui` after a medium the words were said to stands for the speaker, not the medium; so does `il` next.
    (
        "Le maire Paul Virot a pris un arrêté. Un texte qui dénonce la « mise en danger », a précisé l'édile à l'AFP, qui a indiqué que le même arrêté avait été pris ailleurs. « On ne s'interdit pas de porter plainte », a-t-il complété.",
        "On ne s'interdit pas",
        "Paul Virot",
    ),
    // A first name alone after a title (`Me Luc`, `Me Pépé`, also a common noun) is the person the article
    // named in full with it.
    (
        "L'avocat Luc Antoine Diallo a parlé lundi. « Nous attendons son retour » prévient Me Luc.",
        "Nous attendons son retour",
        "Luc Antoine Diallo",
    ),
    (
        "Son avocat, Pépé Karamo Diallo, a parlé lundi.\n\n« Nous attendons la décision » prévient Me Pépé.",
        "Nous attendons la décision",
        "Pépé Karamo Diallo",
    ),
    // `l'exécutif` with a state's adjective is that state's government, not the leader named before.
    (
        "Le capitaine Paul Kaboré dirige la transition. « Des officiers ont été interpellés », a indiqué l'exécutif burkinabé dans un communiqué.",
        "Des officiers ont été interpellés",
        "Burkina Faso",
    ),
    // A verbless sentence of a noun of speech and its speaker before a colon (`Réponse claire de X :`).
    (
        "Le doyen des avocats a demandé au capitaine Moussa Kaba s'il reconnaissait sa culpabilité. Réponse claire de Moussa Kaba : « Je ne me vois pas coupable devant ce tribunal. »",
        "Je ne me vois pas coupable",
        "Moussa Kaba",
    ),
    // Initials after an article (`le C.A.`, a board) are no body's name, and reading them must not fail.
    (
        "Le maire Paul Virot a estimé que le C.A. n'avait « aucune intention » de partir.",
        "aucune intention",
        "Paul Virot",
    ),
    // A first name before another in a name after `de` is the name's own, not the role's complement.
    (
        "Les avocats de Jean Paul Morel ont indiqué qu'ils « feront appel ».",
        "feront appel",
        "les avocats de Jean Paul Morel",
    ),
    (
        "Le préfet a accusé le Front de l'Aube d'avoir bloqué la route. « Nous n'étions pas là », a répondu le Front de l'Aube.",
        "Nous n'étions pas là",
        "Front de l'Aube",
    ),
    // A body's name with a capital on its first word only: the lower-case words after it are the name's,
    // and `le syndicat` later is that body.
    (
        "Le syndicat Internes solidaires a annoncé jeudi avoir saisi la justice. Les gardes « épuisent les plus jeunes », s'alarme le syndicat dans un communiqué.",
        "épuisent les plus jeunes",
        "Internes solidaires",
    ),
    (
        "Le syndicat Force paysanne a dénoncé mardi des « promesses en l'air ».",
        "promesses en l'air",
        "Force paysanne",
    ),
    // After a quotation, a definite phrase no list holds is the inverted subject, an unnamed speaker as the
    // article describes it, with its complement; a person's noun in it stands for someone named before.
    (
        "« Ces photos sont truquées », a affirmé la cellule de communication du mouvement.",
        "Ces photos sont truquées",
        "la cellule de communication du mouvement",
    ),
    (
        "« Le témoin ment », a répliqué la défense.",
        "Le témoin ment",
        "la défense",
    ),
    (
        "Anne Vidal a dénoncé la sévérité du réquisitoire. « On veut m'écarter du scrutin », a ajouté la double candidate à la mairie.",
        "On veut m'écarter du scrutin",
        "Anne Vidal",
    ),
    // `X, …, pour qui « … »`: the person named before the relative is the source, not a name in the
    // apposition between them.
    (
        "Même colère chez Paul Vernet, secrétaire général Alliance-Rail (conducteurs), pour qui « la direction a menti sur les chiffres ».",
        "la direction a menti sur les chiffres",
        "Paul Vernet",
    ),
    // A sentence opened by its source (`Pour X,`) keeps it for the quotation after its colon, whoever
    // else the sentence names before the colon.
    (
        "Pour Anne Morel, de la CFDT, le seul recours est désormais le président Marc Dubois : « Le ministre ne nous écoute plus. »",
        "Le ministre ne nous écoute plus.",
        "Anne Morel",
    ),
    // A figure inside a body's name (`des 300 chauffeurs`) does not end the inverted subject.
    (
        "Le décret 9 est « venu bloquer la négociation », indique le Syndicat des 300 chauffeurs de Valmont.",
        "venu bloquer la négociation",
        "Syndicat des 300 chauffeurs de Valmont",
    ),
    // Quotation marks as some pages type them: a straight mark glued to the sentence before, two single
    // marks for a double one.
    (
        "Le juge a rejeté la demande, selon un document obtenu par l'agence.\"Nous ferons appel\", a affirmé l'avocat Paul Morel.",
        "Nous ferons appel",
        "Paul Morel",
    ),
    (
        "Le verdict est tombé mardi.\n\n‘’Nous ferons appel de cette décision” explique Me Luc Arnaud.",
        "Nous ferons appel de cette décision",
        "Luc Arnaud",
    ),
    // A surname with a capitalised article (`Le Berre`) is the person named in full before; written
    // before a colon, it does not take the quotation from the one who speaks.
    (
        "Le président de la ligue, Paul Le Berre, était l'invité de la radio dimanche. « Je ne partirai pas », a déclaré Le Berre.",
        "Je ne partirai pas",
        "Paul Le Berre",
    ),
    (
        "Paul Le Berre a présenté ses excuses lundi. La ministre Anne Vidal est revenue sur les excuses de Le Berre : « Ces mots sont inquiétants. »",
        "Ces mots sont inquiétants.",
        "Anne Vidal",
    ),
    // A broadcaster named after the subject and its apposition is where the words were said, not whom the
    // pronoun after stands for.
    (
        "L'ancien champion de ski Marc Duval, député des Vosges, a donné un avis identique sur les ondes de RTL. « Il doit partir », a-t-il déclaré.",
        "Il doit partir",
        "Marc Duval",
    ),
    // The word in brackets that closes a body's description after the verb is its name.
    (
        "« Le virus est présent chez les oiseaux sauvages », affirme l’Agence française pour la sécurité des aliments (Afsal), dans un communiqué.",
        "Le virus est présent chez les oiseaux sauvages",
        "Afsal",
    ),
    // A role noun joined to `adjoint` is a role (`le procureur-adjoint`).
    (
        "« Le bilan n'est pas définitif », a précisé le procureur-adjoint de Valmont, Alexandre Chevrot.",
        "Le bilan n'est pas définitif",
        "Alexandre Chevrot",
    ),
    // After a pronominal verb that takes `de` (`s'inquiéter de`), `des` + a noun of people is the
    // inverted subject when nothing after it names one; a phrase of time words names no one.
    (
        "« La situation est grave », se sont inquiétés des présidents d'université dans une motion publiée la semaine dernière.",
        "La situation est grave",
        "des présidents d'université",
    ),
    // The subject before a complement of a complement (`à l'origine de la pétition`) speaks.
    (
        "Le syndicat Force Rurale a lancé une pétition. Le syndicat à l'origine de la pétition dénonce un « dispositif disproportionné ».",
        "dispositif disproportionné",
        "Force Rurale",
    ),
    // `l'agence` is the news agency named before, else a body named by its acronym alone.
    (
        "« Les stocks sont au plus bas », note l'ANSV. Les fabricants ont réagi. « Cela durera jusqu'en mars », précise l'agence.",
        "Cela durera jusqu'en mars",
        "ANSV",
    ),
    (
        "« Les stocks sont au plus bas », note l'ANSV, citée par l'agence Belga. « Cela durera jusqu'en mars », précise l'agence.",
        "Cela durera jusqu'en mars",
        "Belga",
    ),
    // A description right after a person named without a role spoke is theirs, not that of someone the
    // next sentence names with that role.
    (
        "« Nous ferons appel », justifie Paul Marchal, qui défend le club. « L'affaire sera close avant l'été », assure l'avocat. Anne Roy et Luc Bel, les avocats des plaignants, ont contesté.",
        "L'affaire sera close avant l'été",
        "Paul Marchal",
    ),
    // `ce dernier` (the latter) is the person named last, not the subject before nor who spoke before;
    // `ce dernier rapport` is no pronoun.
    (
        "Le ministre Paul Roux a rencontré l'avocat Marc Bel. « Rien n'est réglé », a ajouté ce dernier.",
        "Rien n'est réglé",
        "Marc Bel",
    ),
    (
        "« Nous partirons », a déclaré Paul Roux, au côté de la maire Anne Bel. Cette dernière a précisé : « Le départ est fixé à lundi. »",
        "Le départ est fixé à lundi.",
        "Anne Bel",
    ),
    (
        "Le ministre Paul Roux a publié ce dernier rapport en présence de Marc Bel. « La hausse est réelle », a-t-il ajouté.",
        "La hausse est réelle",
        "Paul Roux",
    ),
    // A participle right before the quotation it qualifies needs no auxiliary; its agent right after the
    // quotation speaks, even one no list holds.
    (
        "Les proches ont dénoncé un procès qualifié de « mascarade » par les familles des détenus.",
        "mascarade",
        "les familles des détenus",
    ),
    (
        "Jugé « inévitable » par la ministre Anne Roy, le départ du directeur a été acté mardi.",
        "inévitable",
        "Anne Roy",
    ),
    (
        "« Nous irons jusqu'au bout », ont affirmé les familles des victimes.",
        "Nous irons jusqu'au bout",
        "les familles des victimes",
    ),
    // A definite description shorter than one given before is that one: the head-match step of
    // coreference keeps the complement or adjective that says which (`les avocats` of whom).
    (
        "Les avocats de Nadia Ferrand ont saisi la cour d'appel. « Ce dossier est vide », ont affirmé les avocats lundi.",
        "Ce dossier est vide",
        "les avocats de Nadia Ferrand",
    ),
    (
        "Deux experts suisses ont examiné le barrage. Selon les deux experts, la fissure est ancienne.",
        "la fissure est ancienne",
        "les deux experts suisses",
    ),
    (
        "Le gouvernement de transition a annoncé un couvre-feu. « L'ordre sera rétabli », a assuré le gouvernement.",
        "L'ordre sera rétabli",
        "le gouvernement de transition",
    ),
    // Not from inside another phrase's complement (`l'élu d'opposition du groupe X` holds no `opposition`),
    // nor past a verb or a coordination.
    (
        "L'élu d'opposition du groupe Avenir a quitté la séance. « C'est illégal », a dénoncé l'opposition.",
        "C'est illégal",
        "l'opposition",
    ),
    (
        "Les syndicats accusent le ministre de mentir. « Rien n'est réglé », ont répété les syndicats.",
        "Rien n'est réglé",
        "les syndicats",
    ),
    // A body's noun before a coordination is not the noun of the name after it: `le parquet` is the
    // prosecution named first, not the club named with it.
    (
        "Le conseil s'est penché sur le match Standard - Molenbeek. Le Parquet fédéral et Molenbeek réclament tous deux un forfait. Le parquet fédéral a estimé qu'il fallait fixer une limite : « Nous devons éviter cela. »",
        "Nous devons éviter cela",
        "Parquet fédéral",
    ),
    // After a body's noun and an adjective, a state's adjective is part of the name: two national
    // committees stay two.
    (
        "Le Comité olympique suédois a regretté l'incident. Le Comité olympique danois a déclaré que l'enquête était close.",
        "l'enquête était close",
        "Comité olympique danois",
    ),
    // An acronym after a capitalised article is no title like `Le Monde`, whatever word its letters
    // spell (`tas`): it stands for the body the article spelled out.
    (
        "Le club a saisi le Tribunal arbitral du sport (TAS) en mars. Le TAS confirme que la sanction est maintenue.",
        "la sanction est maintenue",
        "Tribunal arbitral du sport",
    ),
    // A document's author named by a role speaks through it, and a capital after the role's complement
    // is the role's seat, not the state.
    (
        "Le fugitif a été interpellé lundi, selon un communiqué du procureur de la République d'Abidjan.",
        "Le fugitif a été interpellé lundi",
        "le procureur de la République d'Abidjan",
    ),
    // A role's apposition that ends on a body's name with no first name (`secrétaire général Unité X`,
    // no `de`) gives the person's affiliation: the person named before it speaks.
    (
        "Paul Joran, secrétaire général Unité SGP Police-FO, a confirmé la garde à vue. « J'ai vu ces images », explique-t-il.",
        "J'ai vu ces images",
        "Paul Joran",
    ),
    // `l'intéressé(e)`, the person concerned, is the one just spoken of, like `ce dernier`.
    (
        "Le cinéaste Karim Ziani réagit à l'interdiction de son film. « Je suis choqué », déclare l'intéressé.",
        "Je suis choqué",
        "Karim Ziani",
    ),
    // A common noun in brackets after a quotation labels the page's media (`(Vidéo)`), it names nobody.
    (
        "Karim Ziani : « Cette censure est illégale » (Vidéo)",
        "Cette censure est illégale",
        "Karim Ziani",
    ),
    // `Sûreté` is a body's noun (`la Sûreté du Québec`): the province after it is its seat, not the speaker.
    (
        "« La menace a été neutralisée », assure la Sûreté du Québec (SQ).",
        "La menace a été neutralisée",
        "Sûreté du Québec",
    ),
    // `le communiqué` right after a source spoke through one is that source's, though a role names it
    // and a body is named in between.
    (
        "Le suspect a été interpellé par la police malienne, selon un communiqué du procureur de la République de Dakar. « L'enquête se poursuit », indique le communiqué.",
        "L'enquête se poursuit",
        "le procureur de la République de Dakar",
    ),
    // `n'a pas manqué de rappeler`: the subject before the modal speaks, not a body named after the cue.
    (
        "Le président Marc Duval n'a pas manqué de rappeler que la demande avait été refusée par le précédent gouvernement.",
        "la demande avait été refusée",
        "Marc Duval",
    ),
];

#[test]
fn described_speakers_and_the_words_between_a_speaker_and_a_quotation() {
    let tmp = tempfile::tempdir().unwrap();
    let mut paths = Vec::new();
    for (i, (text, _, _)) in CASES.iter().enumerate() {
        let body = format!("---\ntitle: Cas {i}\noutlet: La Gazette\ndate: 2024-05-02\n---\n\n{text}\n");
        paths.push(article(tmp.path(), &format!("cas_{i:02}.txt"), &body));
    }
    let refs: Vec<&std::path::Path> = paths.iter().map(|p| p.as_path()).collect();
    extract(&refs, &tmp.path().join("store")).success();
    let claims = export(&tmp.path().join("store"));
    let mut wrong = BTreeMap::new();
    for (i, (_, words, speaker)) in CASES.iter().enumerate() {
        let file = format!("cas_{i:02}.txt");
        let found: Vec<String> = claims
            .iter()
            .filter(|c| c["article"] == file.as_str() && c["text"].as_str().unwrap().starts_with(words))
            .map(|c| c["speaker"].as_str().unwrap_or("(none)").to_string())
            .collect();
        if found.is_empty() || found.iter().any(|s| s != speaker) {
            wrong.insert(i, format!("«{words}»: expected {speaker}, found {found:?}"));
        }
    }
    assert!(wrong.is_empty(), "{wrong:#?}");
}

/// A participle that names a thing (`le volet dit « … »`) is no passive cue: the `par` of another participle
/// further on does not make its agent the speaker.
#[test]
fn a_naming_participle_takes_no_agent_from_a_later_participle() {
    let claims = claims_of(
        "Le maire est acquitté pour le volet dit « des affiches payées par la mairie », une campagne financée par deux entrepreneurs.",
    );
    let quoted: Vec<_> = claims
        .iter()
        .filter(|c| c["text"] == "des affiches payées par la mairie")
        .collect();
    assert_eq!(quoted.len(), 1, "{claims:#?}");
    assert_ne!(quoted[0]["cue"], "dit par", "{claims:#?}");
    assert!(
        !quoted[0]["speaker"]
            .as_str()
            .unwrap_or("")
            .contains("entrepreneurs"),
        "{claims:#?}"
    );
}

/// A people named by its state's adjective (`aux Sénégalais`) is nobody's name: a quotation is never
/// given to it.
#[test]
fn a_demonym_is_never_a_speaker() {
    let claims = claims_of(
        "C'est le mot d'ordre du gouvernement. Il n'exclut pas des sanctions.\n\n« On ne peut pas rester ainsi. Il faut garantir aux Sénégalais le droit à l'éducation. »",
    );
    assert!(
        !claims.iter().any(|c| c["speaker"] == "Sénégalais"),
        "{claims:#?}"
    );
}

/// The claims `extract` writes for one article of `text` (front matter added), as exported.
fn claims_of(text: &str) -> Vec<serde_json::Value> {
    claims_titled("Cas", text)
}

/// The claims `extract` writes for one article of `text` under the title `title`, as exported.
fn claims_titled(title: &str, text: &str) -> Vec<serde_json::Value> {
    let tmp = tempfile::tempdir().unwrap();
    let body = format!("---\ntitle: \"{title}\"\noutlet: La Gazette\ndate: 2024-05-02\n---\n\n{text}\n");
    let path = article(tmp.path(), "cas.txt", &body);
    extract(&[path.as_path()], &tmp.path().join("store")).success();
    export(&tmp.path().join("store"))
}

/// The speaker and words of each reported (indirect) claim, in the order of the text.
fn indirect_of(claims: &[serde_json::Value]) -> Vec<(&str, &str)> {
    claims
        .iter()
        .filter(|c| c["kind"] == "indirect")
        .map(|c| {
            (
                c["speaker"].as_str().unwrap_or("(none)"),
                c["text"].as_str().unwrap(),
            )
        })
        .collect()
}

/// The speakers of the claims whose words start with `words`.
fn speakers_of(claims: &[serde_json::Value], words: &str) -> Vec<String> {
    claims
        .iter()
        .filter(|c| c["text"].as_str().unwrap().starts_with(words))
        .map(|c| c["speaker"].as_str().unwrap_or("(none)").to_string())
        .collect()
}

#[test]
fn the_name_in_apposition_after_an_inverted_subject_is_not_part_of_what_is_said() {
    let claims = claims_of(
        "Le cortège a réuni trente mille personnes, a affirmé la secrétaire générale du syndicat, Lina Morel.",
    );
    let texts = indirect_of(&claims);
    assert_eq!(
        texts,
        [("Lina Morel", "Le cortège a réuni trente mille personnes")]
    );
}

#[test]
fn a_participle_opening_the_sentence_and_a_passive_after_a_quotation_report_nothing() {
    // And a passive after a quotation (`« … », a été retrouvé`) is no incise.
    let claims = claims_of(
        "Accusé de plagiat, le Premier ministre Xavier Dumont a reconnu qu'il aurait « dû faire autrement ».\n\nPlus tard, un homme, « mort par noyade », a été retrouvé dans la lagune.",
    );
    let texts: Vec<&str> = claims.iter().map(|c| c["text"].as_str().unwrap()).collect();
    assert!(!texts.iter().any(|t| t.starts_with("de plagiat")), "{texts:?}");
    assert!(
        !texts.iter().any(|t| t.contains("noyade") || t.contains("lagune")),
        "{texts:?}"
    );
}

#[test]
fn the_medium_the_words_were_given_to_is_a_relay_and_not_part_of_what_is_said() {
    let claims = claims_of(
        "Le parquet de Quimper a indiqué à l'AFP que l'enquête continuait. « Rien n'est joué », a déclaré à Reuters Anne Vial. « Mon client est éprouvé », a réagi auprès de l'AFP son avocat, Paul Merle.",
    );
    let got = speaker_text_via(&claims);
    assert_eq!(
        got,
        [
            ("parquet de Quimper", "l'enquête continuait", vec!["AFP"]),
            ("Anne Vial", "Rien n'est joué", vec!["Reuters"]),
            ("Paul Merle", "Mon client est éprouvé", vec!["AFP"]),
        ]
    );
}

#[test]
fn reported_words_keep_the_closing_quotation_mark_of_a_quotation_they_hold() {
    let claims = claims_of("Selon l'élu Marc Tessier, la réforme est « injuste ».");
    let indirect: Vec<&str> = claims
        .iter()
        .filter(|c| c["kind"] == "indirect")
        .map(|c| c["text"].as_str().unwrap())
        .collect();
    assert_eq!(indirect, ["la réforme est « injuste »"]);
}

#[test]
fn a_pronoun_opening_the_body_stands_for_the_person_the_title_names() {
    // The title names the player; the quotation names a tournament `l'Open`, a title and no person.
    let claims = claims_titled(
        "Tennis : Irina Volkova contrôlée positive à l'Open de Lisbonne",
        "\"J'ai appris il y a une semaine que mon contrôle de l'Open de Lisbonne était positif\", a-t-elle annoncé lundi.",
    );
    assert_eq!(speakers_of(&claims, "J'ai appris"), ["Irina Volkova"]);
}

#[test]
fn a_title_in_title_case_names_no_person_without_a_first_name() {
    // `Procès De Varenne` is capitalised as titles are; the person is the one with a first name.
    let claims = claims_titled(
        "Procès De Varenne: un coup d'éclat de Karim Delval",
        "« On nous humilie », a-t-il lancé lundi à l'ouverture des débats.",
    );
    assert_eq!(speakers_of(&claims, "On nous humilie"), ["Karim Delval"]);
}

#[test]
fn a_verb_without_its_subject_takes_none_from_a_clause_after_quand() {
    let claims = claims_of(
        "Le Belgo-marocain connu comme « l’homme au chapeau » — qui avait renoncé à fuir — a demandé la parole quand la juge Hélène Marchal assurait que le procès serait équitable.",
    );
    let given: Vec<&str> = claims
        .iter()
        .filter(|c| c["cue"] == "a demandé")
        .map(|c| c["speaker"].as_str().unwrap_or("(none)"))
        .collect();
    assert!(!given.contains(&"Hélène Marchal"), "{given:?}");
}

#[test]
fn a_name_in_quotation_marks_is_no_ones_words() {
    let claims = claims_of(
        "La société « Nordal Waters » a reconnu l'usage de filtres, a indiqué le procureur Marc Dion, selon le site « Veritas ». \
         Nordal a maintenu l'appellation « eau de source » sur ses bouteilles, a estimé Marc Dion.",
    );
    let texts: Vec<&str> = claims.iter().map(|c| c["text"].as_str().unwrap()).collect();
    for name in ["Nordal Waters", "Veritas", "eau de source"] {
        assert!(!texts.contains(&name), "{name:?} taken for words said: {texts:?}");
    }
    // Capitalised words that are not all names are still what the mayor said.
    let claims = claims_of("Le maire Paul Virot a dénoncé « Une Honte ».");
    assert_eq!(speakers_of(&claims, "Une Honte"), ["Paul Virot"]);
}

#[test]
fn a_party_acronym_after_a_description_is_not_the_speakers_name() {
    let claims = claims_of("Le député RN a dénoncé « une honte absolue » sur les ondes.");
    assert_eq!(speakers_of(&claims, "une honte absolue"), ["le député RN"]);
}

#[test]
fn a_capitalised_body_noun_alone_is_shown_with_its_determiner() {
    let claims = claims_of(
        "L'Union des cités a réagi. La Commission avait convoqué l'ambassadeur pour « exprimer les vives préoccupations » de l'organisation.",
    );
    assert_eq!(speakers_of(&claims, "exprimer les vives"), ["la Commission"]);
}

#[test]
fn a_source_that_cites_someone_relays_their_words_and_appositions_after_a_source_are_not_said() {
    let claims = claims_of(
        "Selon Paul Verdier, directeur général de Gazport, filiale de Lumen, les livreurs ont apporté très peu de gaz au port.\n\nSelon la presse locale qui cite Anne Roux, directrice de Gazport, les stocks sont au plus bas.",
    );
    let got = speaker_text_via(&claims);
    assert_eq!(
        got,
        [
            (
                "Paul Verdier",
                "les livreurs ont apporté très peu de gaz au port",
                vec![]
            ),
            (
                "Anne Roux",
                "les stocks sont au plus bas",
                vec!["la presse locale"]
            ),
        ]
    );
}

/// Each claim's speaker, words and relays, in the text's order.
fn speaker_text_via(claims: &[serde_json::Value]) -> Vec<(&str, &str, Vec<&str>)> {
    claims
        .iter()
        .map(|c| {
            (
                c["speaker"].as_str().unwrap_or("(none)"),
                c["text"].as_str().unwrap(),
                c["via"]
                    .as_array()
                    .unwrap()
                    .iter()
                    .map(|v| v.as_str().unwrap())
                    .collect(),
            )
        })
        .collect()
}

#[test]
fn a_statement_reported_of_two_people_named_together_is_each_ones() {
    for text in [
        "Luc Arnaud et Anne Siffre ont affirmé que le dossier était vide.",
        "Me Luc Arnaud et Me Anne Siffre ont affirmé que le dossier était vide.",
        "Luc Arnaud et Anne Siffre ont plaidé jeudi.\n\nLuc Arnaud et Anne Siffre ont affirmé que le tribunal était saisi.\n\nM. Arnaud et Mme Siffre ont affirmé que le dossier était vide.",
    ] {
        let claims = claims_of(text);
        let mut got = speakers_of(&claims, "le dossier était vide");
        got.sort();
        assert_eq!(got, ["Anne Siffre", "Luc Arnaud"], "{text}");
    }
    // The two are the group `eux` stands for next.
    let claims = claims_of(
        "Les avocats de Paul Morel ont réagi mardi. Me Luc Arnaud et Me Anne Siffre se sont dits « effarés par cette fuite ». Selon eux, ces propos « manifestent une hostilité majeure ».",
    );
    assert_eq!(
        speakers_of(&claims, "manifestent une hostilité"),
        ["Luc Arnaud et Anne Siffre"]
    );
    // A quotation keeps one speaker.
    let claims = claims_of("« Le dossier est vide », ont déclaré Luc Arnaud et Anne Siffre.");
    assert_eq!(speakers_of(&claims, "Le dossier est vide").len(), 1);
}

#[test]
fn a_name_or_a_banner_in_quotation_marks_is_not_a_claim() {
    let claims = claims_of(
        "Le ministre Marc Fesson veut dissoudre le collectif écologiste « Les Gardiens de la Vallée ». Des manifestants ont brandi des pancartes « Revenez sur Terre ».",
    );
    let texts: Vec<&str> = claims.iter().map(|c| c["text"].as_str().unwrap()).collect();
    for name in ["Les Gardiens de la Vallée", "Revenez sur Terre"] {
        assert!(!texts.contains(&name), "{name:?} taken for words said: {texts:?}");
    }
}

#[test]
fn two_single_marks_typed_for_a_double_one_quote_the_words_between_them() {
    for text in [
        "Le verdict est tombé mardi.\n\n‘’Nous ferons appel de cette décision” explique Me Luc Arnaud.",
        "Le verdict est tombé mardi.\n\n‘’Nous ferons appel de cette décision’’, a dit Me Luc Arnaud.",
    ] {
        let claims = claims_of(text);
        let quote: Vec<(&str, &str, &str)> = claims
            .iter()
            .filter(|c| c["kind"] == "direct")
            .map(|c| {
                (
                    c["text"].as_str().unwrap(),
                    c["speaker"].as_str().unwrap_or("(none)"),
                    c["kind"].as_str().unwrap(),
                )
            })
            .collect();
        assert_eq!(
            quote,
            [("Nous ferons appel de cette décision", "Luc Arnaud", "direct")],
            "{text}"
        );
    }
}

/// A relative clause on the source (`…, a annoncé X, qui demande …`, `selon X, qui avait demandé …`) says
/// more of the source; it is not part of what the source reported. `Pharmaciens sans frontières` is one
/// body's name, as the names of that family of bodies end.
#[test]
fn a_relative_clause_on_the_source_is_not_what_it_reported() {
    let claims = claims_of(
        "Trois infirmiers ont été enlevés lundi, a annoncé l'ONG Pharmaciens sans frontières, qui exige leur « retour immédiat ».\n\nLes otages sont en bonne santé, selon Pharmaciens sans frontières, qui avait dénoncé « un crime ».",
    );
    let texts = indirect_of(&claims);
    assert_eq!(
        texts,
        [
            (
                "Pharmaciens sans frontières",
                "Trois infirmiers ont été enlevés lundi"
            ),
            ("Pharmaciens sans frontières", "Les otages sont en bonne santé"),
        ]
    );
}

"""Demo articles and reader comments, written for Newsroom. Fiction in the shape of real news."""

ARTICLES = [
    {
        "slug": "rockets-strike-baghdad-green-zone-truce-ends",
        "headline": "Rockets strike Baghdad's Green Zone as a fragile truce collapses",
        "standfirst": "A child was killed and several civilians hurt when a volley of rockets fell near the "
                      "diplomatic quarter overnight, weeks after armed groups said they would hold their fire.",
        "byline": "Newsroom staff",
        "dateline": "BAGHDAD",
        "days_ago": 2,
        "body": (
            "Several rockets came down inside and around the fortified Green Zone late on Tuesday, Iraqi security "
            "officials said, in the first such attack since armed factions declared a pause in October.\n\n"
            "Officials said the volley was aimed at the area around the US embassy. One child died and five other "
            "civilians were taken to hospital with injuries, according to medical sources in the capital.\n\n"
            "The strike came only hours after Washington confirmed it would cut the number of its troops in Iraq "
            "to 2,500 by the middle of January.\n\n"
            "A faction that had announced the truce denied any part in the attack in a statement posted online, "
            "while accusing the United States of provoking the region.\n\n"
            "The Green Zone, on the western bank of the Tigris, holds government ministries and most foreign "
            "missions. Diplomats have warned in recent months that missions could be withdrawn if attacks on "
            "convoys and compounds do not stop."
        ),
        "comments": [
            ("approved", "Layla H.", "layla@example.org",
             "A child killed while sleeping at home. Whoever fired these rockets has nothing to do with resistance."),
            ("approved", "Dara", "dara.k@example.net",
             "Every truce in this city lasts exactly as long as it suits the people with the launchers. "
             "The government has to bring the armed groups under the law, not negotiate with them."),
            ("approved", "M. Saleh", "msaleh@example.com",
             "Good reporting. It would help to have a map of where the rockets landed compared with last year."),
            ("pending", "Karwan", "karwan@example.org",
             "The troop cut and the attack on the same day is not a coincidence. Analysis please, not just a timeline."),
            ("pending", "truthseeker77", "ts77@example.com",
             "Anyone who defends these militias is a brainless idiot, plain and simple."),
            ("pending", "Shilan", "shilan@example.org",
             "ئەم هەواڵە زۆر ترسناکە. هیوادارم منداڵەکانی ئەو گەڕەکە سەلامەت بن."),
            ("pending", "CryptoKing", "promo@example.com",
             "Tired of the news? Make $500 a day from home with my forex signals, WhatsApp +1 555 0199 now!"),
            ("rejected:threat", "anon", "anon@example.net",
             "Someone should put a bullet in every one of the men who launched these."),
        ],
    },
    {
        "slug": "city-council-approves-river-flood-defences",
        "headline": "City council approves £40m flood defences after a year of delays",
        "standfirst": "The scheme will raise embankments along three miles of the river, but residents on the east "
                      "bank say they were left out of the plans.",
        "byline": "Amira Collins",
        "dateline": "RIVERTON",
        "days_ago": 5,
        "body": (
            "Councillors voted 31 to 12 on Thursday night to fund new flood walls and raised embankments, a year "
            "after the first version of the plan stalled over its cost.\n\n"
            "The work is due to begin in the spring and take three years. Engineers say it will protect about "
            "4,000 homes from the kind of flooding that closed the town centre twice last winter.\n\n"
            "Opponents argued that the east bank, where many of the worst-hit streets are, gets only temporary "
            "barriers until a second phase that has no budget yet."
        ),
        "comments": [
            ("approved", "Jo Pickering", "jo.p@example.org",
             "Three years is a long time to wait when your ground floor has flooded twice. Still, better than nothing."),
            ("approved", "East Bank Resident", "eastbank@example.com",
             "Once again the east bank gets sandbags and promises. I'd like to know which councillors voted against "
             "a fairer plan."),
            ("pending", "Sam", "sam@example.net",
             "You are wrong about the budget: the second phase was costed in the March report."),
            ("rejected:profanity", "Rob", "rob@example.com", "What a load of sh1t, the council never does anything."),
        ],
    },
    {
        "slug": "local-library-reopens-after-restoration",
        "headline": "Victorian library reopens after a two-year restoration",
        "standfirst": "Volunteers catalogued 60,000 books while builders repaired the roof and the reading room's "
                      "glass dome.",
        "byline": "Tom Okafor",
        "dateline": "RIVERTON",
        "days_ago": 9,
        "comments_open": False,
        "body": (
            "The Carnegie library on Market Street opened its doors again on Saturday, two years after water "
            "damage forced it to close.\n\n"
            "The restored reading room keeps its original oak shelving, and a new ramp and lift make the upper "
            "gallery reachable for the first time.\n\n"
            "Comments on this article are closed; the library's opening hours are on the council website."
        ),
        "comments": [
            ("approved", "Priya", "priya@example.org",
             "Took my children on Saturday. The dome is beautiful and the staff were lovely."),
        ],
    },
]

DEMO_MODERATOR = {"username": "moderator", "password": "newsroom-demo-moderator"}

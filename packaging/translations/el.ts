<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="el" sourcelanguage="en">
<context>
    <name>AcceptRequestButton</name>
    <message>
        <location filename="../../desktop_inbox/ui/conversation/request_button.py" line="+33" />
        <source>Accept request</source>
        <translation>Αποδοχή αιτήματος</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Accept this chat request on Bluesky without answering yet (answering accepts it too)</source>
        <translation>Αποδοχή αυτού του αιτήματος συνομιλίας στο Bluesky χωρίς να απαντήσετε ακόμη (και η απάντηση το αποδέχεται)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Accept message request</source>
        <translation>Αποδοχή αιτήματος μηνύματος</translation>
    </message>
    <message>
        <location line="+34" />
        <source>Request accepted: the chat is now among your Bluesky conversations.</source>
        <translation>Το αίτημα έγινε δεκτό: η συνομιλία είναι πλέον στις συνομιλίες σας στο Bluesky.</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Could not accept the request (%1).</source>
        <translation>Δεν ήταν δυνατή η αποδοχή του αιτήματος (%1).</translation>
    </message>
</context>
<context>
    <name>Actions</name>
    <message>
        <location filename="../../desktop_inbox/ui/mainwindow/actions.py" line="+73" />
        <source>&amp;File</source>
        <translation>&amp;Αρχείο</translation>
    </message>
    <message>
        <location line="+0" />
        <source>&amp;Edit</source>
        <translation>&amp;Επεξεργασία</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Conversation</source>
        <translation>&amp;Συνομιλία</translation>
    </message>
    <message>
        <location line="+0" />
        <source>&amp;View</source>
        <translation>Π&amp;ροβολή</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Help</source>
        <translation>&amp;Βοήθεια</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Export</source>
        <translation>Ε&amp;ξαγωγή</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Appearance</source>
        <translation>Εμφάνιση</translation>
    </message>
    <message>
        <location line="+11" />
        <source>&amp;Add account…</source>
        <translation>&amp;Προσθήκη λογαριασμού…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>A&amp;ccounts…</source>
        <translation>&amp;Λογαριασμοί…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Saved &amp;replies…</source>
        <translation>Έτοιμες &amp;απαντήσεις…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Preferences…</source>
        <translation>Π&amp;ροτιμήσεις…</translation>
    </message>
    <message>
        <location line="+2" />
        <source>&amp;Sync now</source>
        <translation>&amp;Συγχρονισμός τώρα</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Outbox…</source>
        <translation>&amp;Εξερχόμενα…</translation>
    </message>
    <message>
        <location line="+0" />
        <source>replies waiting to go out</source>
        <translation>απαντήσεις που περιμένουν να σταλούν</translation>
    </message>
    <message>
        <location line="+2" />
        <source>This &amp;conversation…</source>
        <translation>Αυτή τη &amp;συνομιλία…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>This customer's &amp;history…</source>
        <translation>Όλο το &amp;ιστορικό του πελάτη…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>These &amp;search results…</source>
        <translation>Τα &amp;αποτελέσματα αναζήτησης…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>S&amp;torage…</source>
        <translation>&amp;Χώρος αποθήκευσης…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Back up…</source>
        <translation>Αντίγραφο α&amp;σφαλείας…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Restore from a bac&amp;kup…</source>
        <translation>Επανα&amp;φορά από αντίγραφο ασφαλείας…</translation>
    </message>
    <message>
        <location line="+2" />
        <source>&amp;Quit</source>
        <translation>Έ&amp;ξοδος</translation>
    </message>
    <message>
        <location line="+2" />
        <source>&amp;Undo</source>
        <translation>&amp;Αναίρεση</translation>
    </message>
    <message>
        <location line="+0" />
        <source>undo typing</source>
        <translation>αναίρεση πληκτρολόγησης</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Redo</source>
        <translation>Ακύρωση α&amp;ναίρεσης</translation>
    </message>
    <message>
        <location line="+0" />
        <source>redo typing</source>
        <translation>ακύρωση αναίρεσης πληκτρολόγησης</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Cu&amp;t</source>
        <translation>Απο&amp;κοπή</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Copy</source>
        <translation>Α&amp;ντιγραφή</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Paste</source>
        <translation>Επι&amp;κόλληση</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Select &amp;all</source>
        <translation>Επιλογή ό&amp;λων</translation>
    </message>
    <message>
        <location line="+2" />
        <source>&amp;Find in all messages…</source>
        <translation>Αναζήτηση σε ό&amp;λα τα μηνύματα…</translation>
    </message>
    <message>
        <location line="+0" />
        <source>search all messages</source>
        <translation>αναζήτηση σε όλα τα μηνύματα</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Next</source>
        <translation>&amp;Επόμενη</translation>
    </message>
    <message>
        <location line="+0" />
        <source>next conversation (or ↓)</source>
        <translation>επόμενη συνομιλία (ή ↓)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Previous</source>
        <translation>&amp;Προηγούμενη</translation>
    </message>
    <message>
        <location line="+0" />
        <source>previous conversation (or ↑)</source>
        <translation>προηγούμενη συνομιλία (ή ↑)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Open</source>
        <translation>Ά&amp;νοιγμα</translation>
    </message>
    <message>
        <location line="+0" />
        <source>open the conversation</source>
        <translation>άνοιγμα της συνομιλίας</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Reply</source>
        <translation>&amp;Απάντηση</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Send reply</source>
        <translation>Αποστολή απάντησης</translation>
    </message>
    <message>
        <location line="+4" />
        <source>&amp;Undo sending</source>
        <translation>Αναίρεση απο&amp;στολής</translation>
    </message>
    <message>
        <location line="+1" />
        <source>take back the reply just sent (while “Sending in…” shows)</source>
        <translation>ανάκληση της απάντησης που μόλις στάλθηκε (όσο φαίνεται το «Αποστολή σε…»)</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Start from a saved reply</source>
        <translation>Ξεκινήστε από έτοιμη απάντηση</translation>
    </message>
    <message>
        <location line="+1" />
        <source>start from a saved reply (in the composer)</source>
        <translation>έναρξη από έτοιμη απάντηση (στο πλαίσιο απάντησης)</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Attach a picture…</source>
        <translation>Επισύναψη εικόνας…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>attach a picture to the reply (in the composer)</source>
        <translation>επισύναψη εικόνας στην απάντηση (στο πλαίσιο απάντησης)</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Mark &amp;done</source>
        <translation>Σήμανση ως &amp;ολοκληρωμένη</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Re&amp;open</source>
        <translation>Ε&amp;πανάνοιγμα</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Snooze for an hour</source>
        <translation>Αναβολή για μία ώρα</translation>
    </message>
    <message>
        <location line="+2" />
        <source>D&amp;ismiss heard post</source>
        <translation>Α&amp;πόρριψη ανάρτησης που ακούστηκε</translation>
    </message>
    <message>
        <location line="+1" />
        <source>dismiss a post heard by listening</source>
        <translation>απόρριψη ανάρτησης που βρέθηκε με την ακρόαση</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Dismiss and &amp;mute its author</source>
        <translation>Απόρριψη και &amp;σίγαση του συντάκτη</translation>
    </message>
    <message>
        <location line="+1" />
        <source>dismiss a heard post and never hear its author again</source>
        <translation>απόρριψη ανάρτησης και καμία ακρόαση ξανά για τον συντάκτη της</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Customer &amp;timeline</source>
        <translation>&amp;Ιστορικό πελάτη</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Same &amp;person as…</source>
        <translation>Ί&amp;διο πρόσωπο με…</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Back to the &amp;list</source>
        <translation>Πίσω στη &amp;λίστα</translation>
    </message>
    <message>
        <location line="+1" />
        <source>leave the composer, back to the list</source>
        <translation>έξοδος από το πλαίσιο απάντησης, πίσω στη λίστα</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Needs reply</source>
        <translation>Θέλει απάντηση</translation>
    </message>
    <message>
        <location line="+0" />
        <source>conversations that need a reply</source>
        <translation>συνομιλίες που θέλουν απάντηση</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Waiting on customer</source>
        <translation>Αναμονή πελάτη</translation>
    </message>
    <message>
        <location line="+0" />
        <source>conversations waiting on the customer</source>
        <translation>συνομιλίες όπου περιμένουμε τον πελάτη</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Done</source>
        <translation>Ολοκληρώθηκε</translation>
    </message>
    <message>
        <location line="+0" />
        <source>conversations marked done</source>
        <translation>συνομιλίες που σημειώθηκαν ως ολοκληρωμένες</translation>
    </message>
    <message>
        <location line="+1" />
        <source>All</source>
        <translation>Όλες</translation>
    </message>
    <message>
        <location line="+0" />
        <source>all conversations</source>
        <translation>όλες οι συνομιλίες</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Heard</source>
        <translation>Ακούστηκαν</translation>
    </message>
    <message>
        <location line="+0" />
        <source>posts heard by listening</source>
        <translation>αναρτήσεις που βρέθηκαν με την ακρόαση</translation>
    </message>
    <message>
        <location line="+3" />
        <source>S&amp;idebar</source>
        <translation>Πλαϊνή &amp;στήλη</translation>
    </message>
    <message>
        <location line="+0" />
        <source>show or hide the sidebar</source>
        <translation>εμφάνιση ή απόκρυψη της πλαϊνής στήλης</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Customer &amp;panel</source>
        <translation>Στοιχεία &amp;πελάτη</translation>
    </message>
    <message>
        <location line="+1" />
        <source>show or hide the customer panel</source>
        <translation>εμφάνιση ή απόκρυψη των στοιχείων πελάτη</translation>
    </message>
    <message>
        <location line="+3" />
        <source>&amp;Response times…</source>
        <translation>&amp;Χρόνοι απάντησης…</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Follow the system</source>
        <translation>Όπως το σύστημα</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Light</source>
        <translation>Φωτεινή</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Dark</source>
        <translation>Σκοτεινή</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Desktop &amp;notifications</source>
        <translation>&amp;Ειδοποιήσεις επιφάνειας εργασίας</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Keyboard shortcuts</source>
        <translation>Συντομεύσεις &amp;πληκτρολογίου</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;About %1</source>
        <translation>&amp;Σχετικά με το %1</translation>
    </message>
</context>
<context>
    <name>AddAccountDialog</name>
    <message>
        <location filename="../../desktop_inbox/ui/signin/dialog.py" line="+61" />
        <source>‹ Back</source>
        <translation>‹ Πίσω</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Choose another platform</source>
        <translation>Επιλέξτε άλλη πλατφόρμα</translation>
    </message>
    <message>
        <location line="+30" />
        <source>Add an account</source>
        <translation>Προσθήκη λογαριασμού</translation>
    </message>
</context>
<context>
    <name>AnswerVia</name>
    <message>
        <location filename="../../desktop_inbox/ui/conversation/followthrough.py" line="+87" />
        <source>Answer via</source>
        <translation>Απάντηση μέσω</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Answer where the customer is: another of their accounts, or e-mail</source>
        <translation>Απαντήστε εκεί όπου βρίσκεται ο πελάτης: σε άλλον λογαριασμό του ή με e-mail</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Answer here</source>
        <translation>Απάντηση εδώ</translation>
    </message>
    <message>
        <location line="+14" />
        <source>Answer via e-mail to %1</source>
        <translation>Απάντηση με e-mail στο %1</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Answer via %1 public reply to %2</source>
        <comment>%1: the platform, %2: the customer's handle</comment>
        <translation>Απάντηση μέσω %1: δημόσια απάντηση προς %2</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Answer via %1 direct message to %2 (new)</source>
        <comment>a conversation started by this reply</comment>
        <translation>Απάντηση μέσω %1: νέο προσωπικό μήνυμα προς %2</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Answer via %1 direct message to %2</source>
        <comment>%1: the platform, %2: the customer's handle</comment>
        <translation>Απάντηση μέσω %1: προσωπικό μήνυμα προς %2</translation>
    </message>
</context>
<context>
    <name>AttachmentBar</name>
    <message>
        <location filename="../../desktop_inbox/ui/conversation/attachments.py" line="+101" />
        <source>Pictures</source>
        <translation>Εικόνες</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Attach picture…</source>
        <translation>Εικόνα…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Attach a picture (or drop one here, or paste it); describe it before sending</source>
        <translation>Επισύναψη εικόνας (ή σύρετε μία εδώ ή επικολλήστε τη)· περιγράψτε τη πριν από την αποστολή</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Attach picture</source>
        <translation>Επισύναψη εικόνας</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Picture problem</source>
        <translation>Πρόβλημα με εικόνα</translation>
    </message>
    <message>
        <location line="+23" />
        <source>No pictures on this platform.</source>
        <translation>Αυτή η πλατφόρμα δεν δέχεται εικόνες.</translation>
    </message>
    <message>
        <location line="+8" />
        <source>A picture is still being checked.</source>
        <translation>Μια εικόνα ελέγχεται ακόμη.</translation>
    </message>
    <message>
        <location line="+23" />
        <source>Attach pictures</source>
        <translation>Επισύναψη εικόνων</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Pictures (%1)</source>
        <translation>Εικόνες (%1)</translation>
    </message>
    <message>
        <location line="+37" />
        <source>The picture could not be attached.</source>
        <translation>Δεν ήταν δυνατή η επισύναψη της εικόνας.</translation>
    </message>
    <message>
        <location line="+59" />
        <source>Only picture files from this computer can be attached, not web addresses.</source>
        <translation>Μπορείτε να επισυνάψετε μόνο αρχεία εικόνας από αυτόν τον υπολογιστή, όχι διευθύνσεις ιστού.</translation>
    </message>
</context>
<context>
    <name>Banner</name>
    <message>
        <location filename="../../desktop_inbox/ui/conversation/banner.py" line="+36" />
        <source>info:</source>
        <translation>πληροφορία:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>warning:</source>
        <translation>προειδοποίηση:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>alert:</source>
        <translation>ειδοποίηση:</translation>
    </message>
</context>
<context>
    <name>BlueskyPage</name>
    <message>
        <location filename="../../desktop_inbox/ui/signin/bluesky.py" line="+32" />
        <source>Bluesky handle</source>
        <translation>Όνομα χρήστη στο Bluesky</translation>
    </message>
    <message>
        <location line="+5" />
        <location line="+5" />
        <source>App password</source>
        <translation>Κωδικός εφαρμογής</translation>
    </message>
    <message>
        <location line="-3" />
        <source>Found from your handle (needed only if that fails)</source>
        <translation>Βρίσκεται από το όνομα χρήστη σας (χρειάζεται μόνο αν αυτό αποτύχει)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Bluesky server address</source>
        <translation>Διεύθυνση διακομιστή Bluesky</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Handle</source>
        <translation>Όνομα χρήστη</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Server</source>
        <translation>Διακομιστής</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Sign in</source>
        <translation>Σύνδεση</translation>
    </message>
    <message>
        <location line="+11" />
        <source>Enter your Bluesky handle, e.g. shop.bsky.social.</source>
        <translation>Εισαγάγετε το όνομα χρήστη σας στο Bluesky, π.χ. shop.bsky.social.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Enter an app password (Settings → Privacy and security → App passwords).</source>
        <translation>Εισαγάγετε έναν κωδικό εφαρμογής (στο Bluesky: Settings → Privacy and security → App passwords).</translation>
    </message>
</context>
<context>
    <name>Composer</name>
    <message>
        <location filename="../../desktop_inbox/ui/conversation/composer.py" line="+98" />
        <source>Write a personal reply…  (Ctrl+Enter sends, Esc goes back to the list)</source>
        <translation>Γράψτε μια προσωπική απάντηση…  (Ctrl+Enter: αποστολή, Esc: πίσω στη λίστα)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Reply</source>
        <translation>Απάντηση</translation>
    </message>
    <message>
        <location line="+9" />
        <location line="+4" />
        <source>Saved replies</source>
        <translation>Έτοιμες απαντήσεις</translation>
    </message>
    <message>
        <location line="-2" />
        <source>Start from a saved reply; it is filled in for this customer (Ctrl+Shift+S). Tab goes to the next {field} to fill.</source>
        <translation>Ξεκινήστε από έτοιμη απάντηση· συμπληρώνεται για αυτόν τον πελάτη (Ctrl+Shift+S). Με το Tab πηγαίνετε στο επόμενο {field} (πεδίο) προς συμπλήρωση.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Add sign-off</source>
        <translation>Προσθήκη υπογραφής</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Cannot send yet</source>
        <translation>Δεν μπορεί να σταλεί ακόμη</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Sounds canned</source>
        <translation>Ακούγεται τυποποιημένη</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Personal data in public</source>
        <translation>Προσωπικά δεδομένα δημόσια</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Answer by DM</source>
        <translation>Σε προσωπικό</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Make this reply a direct message</source>
        <translation>Αποστολή αυτής της απάντησης ως προσωπικό μήνυμα</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Public note + DM</source>
        <translation>Σημείωση + προσωπικό</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Say in public that you are writing directly, and send this reply by direct message</source>
        <translation>Πείτε δημόσια ότι του γράφετε προσωπικά και στείλτε αυτή την απάντηση ως προσωπικό μήνυμα</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Reminder offer</source>
        <translation>Πρόταση υπενθύμισης</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Sending</source>
        <translation>Αποστολή</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Undo</source>
        <translation>Αναίρεση</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Characters used</source>
        <translation>Χαρακτήρες</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Public reply</source>
        <translation>Δημόσια</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Direct message</source>
        <translation>Προσωπικό</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Reply visibility</source>
        <translation>Ορατότητα απάντησης</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Private matters — order numbers, addresses — belong in a direct message.</source>
        <translation>Τα προσωπικά θέματα — αριθμοί παραγγελιών, διευθύνσεις — ανήκουν σε προσωπικό μήνυμα.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Send</source>
        <translation>Αποστολή</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Send reply</source>
        <translation>Αποστολή απάντησης</translation>
    </message>
    <message>
        <location line="+11" />
        <source>Composer status</source>
        <translation>Κατάσταση απάντησης</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Time left to answer</source>
        <translation>Χρόνος που απομένει για απάντηση</translation>
    </message>
    <message>
        <location line="+69" />
        <source>Sign off with “%1”</source>
        <translation>Υπογραφή «%1»</translation>
    </message>
    <message>
        <location line="+12" />
        <source>Draft restored.</source>
        <translation>Το πρόχειρο επανήλθε.</translation>
    </message>
    <message>
        <location line="+39" />
        <source>Manage saved replies…</source>
        <translation>Διαχείριση έτοιμων απαντήσεων…</translation>
    </message>
    <message numerus="yes">
        <location line="+88" />
        <source>%n character(s)</source>
        <translation><numerusform>%n χαρακτήρας</numerusform><numerusform>%n χαρακτήρες</numerusform></translation>
    </message>
    <message>
        <location line="+2" />
        <source>No length limit.</source>
        <translation>Χωρίς όριο μήκους.</translation>
    </message>
    <message>
        <location line="+17" />
        <source>{my_name} is your name, and it is empty: set it once in &lt;a href='preferences'&gt;Preferences ▸ Your name&lt;/a&gt;, or type it here.</source>
        <translation>Το {my_name} (το όνομά σας) είναι κενό: ορίστε το μία φορά στις &lt;a href='preferences'&gt;Προτιμήσεις ▸ Το όνομά σας&lt;/a&gt; ή πληκτρολογήστε το εδώ.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Fill in %1 first: &lt;a href='next'&gt;go to it&lt;/a&gt; (Tab).</source>
        <translation>Συμπληρώστε πρώτα το %1: &lt;a href='next'&gt;μετάβαση&lt;/a&gt; (Tab).</translation>
    </message>
    <message numerus="yes">
        <location line="+7" />
        <source>This reads almost like replies already sent to &lt;b&gt;%n&lt;/b&gt; other customer(s). A line written for this person makes all the difference.</source>
        <translation><numerusform>Μοιάζει σχεδόν με απαντήσεις που έχουν ήδη σταλεί σε &lt;b&gt;%n&lt;/b&gt; άλλον πελάτη. Μια φράση γραμμένη ειδικά για αυτό το πρόσωπο κάνει τη διαφορά.</numerusform><numerusform>Μοιάζει σχεδόν με απαντήσεις που έχουν ήδη σταλεί σε &lt;b&gt;%n&lt;/b&gt; άλλους πελάτες. Μια φράση γραμμένη ειδικά για αυτό το πρόσωπο κάνει τη διαφορά.</numerusform></translation>
    </message>
    <message>
        <location line="+10" />
        <source>Private details in a public reply: &lt;b&gt;%1&lt;/b&gt;. Take this to direct messages?</source>
        <translation>Προσωπικά στοιχεία σε δημόσια απάντηση: &lt;b&gt;%1&lt;/b&gt;. Να συνεχίσετε με προσωπικό μήνυμα;</translation>
    </message>
    <message>
        <location line="+27" />
        <source>Fill in the placeholders first.</source>
        <translation>Συμπληρώστε πρώτα τα πεδία.</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Too long for this platform.</source>
        <translation>Πολύ μεγάλο για αυτή την πλατφόρμα.</translation>
    </message>
    <message>
        <location line="+24" />
        <source>&lt;b style='color:%1'&gt;Cannot be answered here now:&lt;/b&gt; %2</source>
        <translation>&lt;b style='color:%1'&gt;Δεν μπορείτε να απαντήσετε εδώ τώρα:&lt;/b&gt; %2</translation>
    </message>
    <message>
        <location line="+5" />
        <source>The time to answer here is over.</source>
        <translation>Ο χρόνος για απάντηση εδώ έληξε.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Answerable for %1 more (until %2)</source>
        <translation>Μπορείτε να απαντήσετε για %1 ακόμη (ως %2)</translation>
    </message>
    <message>
        <location line="+2" />
        <source>The platform takes replies for a limited time after the customer's last message.</source>
        <translation>Η πλατφόρμα δέχεται απαντήσεις για περιορισμένο χρόνο μετά το τελευταίο μήνυμα του πελάτη.</translation>
    </message>
    <message>
        <location line="+55" />
        <source>Thanks {first_name}! I've sent you a direct message.</source>
        <comment>sent to the customer</comment>
        <translation>Ευχαριστούμε {first_name}! Σας στείλαμε προσωπικό μήνυμα.</translation>
    </message>
    <message>
        <location line="+24" />
        <source>Scheduled for %1 — it waits in the outbox (File ▸ Outbox: edit, move or cancel it until then).</source>
        <translation>Προγραμματίστηκε για %1 — περιμένει στα εξερχόμενα (Αρχείο ▸ Εξερχόμενα: μπορείτε ως τότε να την αλλάξετε, να τη μετακινήσετε ή να την ακυρώσετε).</translation>
    </message>
    <message numerus="yes">
        <location line="+18" />
        <source>Sending in %n s…</source>
        <translation><numerusform>Αποστολή σε %n δευτ.…</numerusform><numerusform>Αποστολή σε %n δευτ.…</numerusform></translation>
    </message>
    <message>
        <location line="+9" />
        <source>Not sent — the reply is back in the editor.</source>
        <translation>Δεν στάλθηκε — η απάντηση επέστρεψε στο πλαίσιο.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Sent at %1.</source>
        <translation>Στάλθηκε στις %1.</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Sent.</source>
        <translation>Στάλθηκε.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Send (Ctrl+Enter). The reply waits in the outbox while you are offline.</source>
        <translation>Αποστολή (Ctrl+Enter). Όσο είστε εκτός σύνδεσης, η απάντηση περιμένει στα εξερχόμενα.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Reply queued — it goes out as soon as the account is online.</source>
        <translation>Η απάντηση μπήκε στα εξερχόμενα — θα σταλεί μόλις ο λογαριασμός συνδεθεί.</translation>
    </message>
</context>
<context>
    <name>ConnectionLabel</name>
    <message>
        <location filename="../../desktop_inbox/ui/statusbar/connection.py" line="+16" />
        <source>Connection</source>
        <translation>Σύνδεση</translation>
    </message>
</context>
<context>
    <name>ConversationHeader</name>
    <message>
        <location filename="../../desktop_inbox/ui/conversation/header.py" line="+33" />
        <source>Conversation</source>
        <translation>Συνομιλία</translation>
    </message>
    <message>
        <location line="+5" />
        <location line="+62" />
        <source>Mark done</source>
        <translation>Ολοκλήρωση</translation>
    </message>
    <message>
        <location line="-61" />
        <source>Mark done (E) — a new message from the customer reopens it</source>
        <translation>Σήμανση ως ολοκληρωμένη (E) — ένα νέο μήνυμα του πελάτη την ανοίγει ξανά</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Dismiss</source>
        <translation>Απόρριψη</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Put this heard post away for good (X)</source>
        <translation>Οριστική απόρριψη αυτής της ανάρτησης (X)</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Dismiss &amp;&amp; mute author</source>
        <translation>Απόρριψη και σίγαση</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Dismiss it and never hear its author again on this account (Shift+X)</source>
        <translation>Απόρριψη και καμία ακρόαση ξανά για τον συντάκτη σε αυτόν τον λογαριασμό (Shift+X)</translation>
    </message>
    <message>
        <location line="+4" />
        <location line="+2" />
        <source>Follow up</source>
        <translation>Υπενθύμιση</translation>
    </message>
    <message>
        <location line="-1" />
        <source>Bring this conversation back if the customer has not written by then</source>
        <translation>Επαναφορά αυτής της συνομιλίας αν ο πελάτης δεν έχει γράψει ως τότε</translation>
    </message>
    <message>
        <location line="+24" />
        <source>direct messages on %1 with %2</source>
        <translation>προσωπικά μηνύματα στο %1 με %2</translation>
    </message>
    <message>
        <location line="+2" />
        <source>public thread on %1 with %2</source>
        <translation>δημόσια συζήτηση στο %1 με %2</translation>
    </message>
    <message>
        <location line="+5" />
        <source>&lt;b style='color:%1'&gt;needs a reply&lt;/b&gt; · waiting %2</source>
        <translation>&lt;b style='color:%1'&gt;θέλει απάντηση&lt;/b&gt; · αναμονή %2</translation>
    </message>
    <message>
        <location line="+1" />
        <source>waiting on the customer</source>
        <translation>περιμένουμε τον πελάτη</translation>
    </message>
    <message>
        <location line="+1" />
        <source>done</source>
        <translation>ολοκληρώθηκε</translation>
    </message>
    <message>
        <location line="+1" />
        <source>snoozed until %1</source>
        <translation>σε αναβολή έως %1</translation>
    </message>
    <message>
        <location line="+0" />
        <source>snoozed</source>
        <translation>σε αναβολή</translation>
    </message>
    <message>
        <location line="+2" />
        <source>&lt;b style='color:%1'&gt;heard&lt;/b&gt; by listening — not addressed to you; answer in public or dismiss it</source>
        <translation>&lt;b style='color:%1'&gt;ακούστηκε&lt;/b&gt; με την ακρόαση — δεν απευθύνεται σε εσάς· απαντήστε δημόσια ή απορρίψτε την</translation>
    </message>
    <message>
        <location line="+4" />
        <source>%1 (X may refuse: self-serve apps may reply only to posts that mention you)</source>
        <translation>%1 (το X μπορεί να αρνηθεί: οι εφαρμογές αυτοεξυπηρέτησης απαντούν μόνο σε αναρτήσεις που σας αναφέρουν)</translation>
    </message>
    <message>
        <location line="+2" />
        <source>began as a heard post</source>
        <translation>ξεκίνησε ως ανάρτηση που ακούστηκε</translation>
    </message>
    <message>
        <location line="+3" />
        <source>&lt;b style='color:%1'&gt;follow-up&lt;/b&gt;: no answer by %2</source>
        <translation>&lt;b style='color:%1'&gt;υπενθύμιση συνέχειας&lt;/b&gt;: καμία απάντηση ως %2</translation>
    </message>
    <message>
        <location line="+2" />
        <source>back on %1 if no answer</source>
        <translation>επιστρέφει %1 αν δεν απαντήσει</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Reopen</source>
        <translation>Επανάνοιγμα</translation>
    </message>
</context>
<context>
    <name>ConversationList</name>
    <message>
        <location filename="../../desktop_inbox/ui/conversation_list.py" line="+293" />
        <source>DM</source>
        <translation>Προσωπικό</translation>
    </message>
    <message>
        <location line="+1" />
        <source>heard</source>
        <comment>a post heard by listening</comment>
        <translation>ακούστηκε</translation>
    </message>
    <message>
        <location line="+1" />
        <source>public</source>
        <translation>δημόσια</translation>
    </message>
    <message>
        <location line="+7" />
        <source>↻ follow-up</source>
        <translation>↻ υπενθύμιση</translation>
    </message>
    <message>
        <location line="+44" />
        <source>wakes %1</source>
        <comment>a snoozed conversation comes back at a time</comment>
        <translation>επιστρέφει %1</translation>
    </message>
</context>
<context>
    <name>ConversationListModel</name>
    <message>
        <location line="-260" />
        <source>needs a reply</source>
        <translation>θέλει απάντηση</translation>
    </message>
    <message>
        <location line="+0" />
        <source>waiting on the customer</source>
        <translation>περιμένουμε τον πελάτη</translation>
    </message>
    <message>
        <location line="+1" />
        <source>heard by listening</source>
        <translation>ακούστηκε με την ακρόαση</translation>
    </message>
    <message>
        <location line="+0" />
        <source>snoozed</source>
        <translation>σε αναβολή</translation>
    </message>
    <message>
        <location line="+0" />
        <source>done</source>
        <translation>ολοκληρώθηκε</translation>
    </message>
    <message>
        <location line="+3" />
        <source>%1, waiting %2</source>
        <translation>%1, αναμονή %2</translation>
    </message>
    <message>
        <location line="+2" />
        <source>%1, a follow-up: no answer since</source>
        <translation>%1, υπενθύμιση συνέχειας: καμία απάντηση από τότε</translation>
    </message>
    <message>
        <location line="+1" />
        <source>direct message</source>
        <translation>προσωπικό μήνυμα</translation>
    </message>
    <message>
        <location line="+0" />
        <source>public</source>
        <translation>δημόσια</translation>
    </message>
    <message>
        <location line="+2" />
        <source>%1 on %2, %3, %4: %5</source>
        <translation>%1 στο %2, %3, %4: %5</translation>
    </message>
</context>
<context>
    <name>ConversationListView</name>
    <message>
        <location line="+282" />
        <source>Conversations</source>
        <translation>Συνομιλίες</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Customers waiting for a reply come first, the longest waiting on top.</source>
        <translation>Πρώτα οι πελάτες που περιμένουν απάντηση, πιο πάνω όσοι περιμένουν περισσότερο.</translation>
    </message>
</context>
<context>
    <name>ConversationPane</name>
    <message>
        <location filename="../../desktop_inbox/ui/conversation/pane.py" line="+286" />
        <source>Sent through the customer's other channel: it is in that conversation.</source>
        <translation>Στάλθηκε μέσω του άλλου καναλιού του πελάτη: θα τη βρείτε σε εκείνη τη συνομιλία.</translation>
    </message>
    <message>
        <location line="+17" />
        <source>Too late to undo: %1</source>
        <translation>Πολύ αργά για αναίρεση: %1</translation>
    </message>
    <message>
        <location line="+33" />
        <source>Conversation updated.</source>
        <translation>Η συνομιλία ενημερώθηκε.</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Only a post heard by listening, not yet answered, can be dismissed.</source>
        <translation>Μόνο μια ανάρτηση που ακούστηκε με την ακρόαση, και δεν έχει απαντηθεί, μπορεί να απορριφθεί.</translation>
    </message>
    <message numerus="yes">
        <location line="+6" />
        <source>Dismissed %n heard post(s); %1 is muted.</source>
        <translation><numerusform>Απορρίφθηκε %n ανάρτηση· ο %1 είναι σε σίγαση.</numerusform><numerusform>Απορρίφθηκαν %n αναρτήσεις· ο %1 είναι σε σίγαση.</numerusform></translation>
    </message>
    <message numerus="yes">
        <location line="+2" />
        <source>Dismissed %n heard post(s).</source>
        <translation><numerusform>Απορρίφθηκε %n ανάρτηση.</numerusform><numerusform>Απορρίφθηκαν %n αναρτήσεις.</numerusform></translation>
    </message>
    <message>
        <location line="+27" />
        <source>No reminder on this conversation.</source>
        <translation>Καμία υπενθύμιση σε αυτή τη συνομιλία.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>It comes back on %1 if the customer has not written by then.</source>
        <translation>Επιστρέφει %1 αν ο πελάτης δεν έχει γράψει ως τότε.</translation>
    </message>
    <message>
        <location line="+12" />
        <source>Snoozed until %1.</source>
        <translation>Σε αναβολή έως %1.</translation>
    </message>
</context>
<context>
    <name>CustomerPanel</name>
    <message>
        <location filename="../../desktop_inbox/ui/customer_panel.py" line="+37" />
        <source>☎ Call</source>
        <translation>☎ Τηλεφώνημα</translation>
    </message>
    <message>
        <location line="+0" />
        <source>◉ Meeting</source>
        <translation>◉ Συνάντηση</translation>
    </message>
    <message>
        <location line="+2" />
        <source>needs reply</source>
        <translation>θέλει απάντηση</translation>
    </message>
    <message>
        <location line="+1" />
        <source>waiting</source>
        <translation>αναμονή πελάτη</translation>
    </message>
    <message>
        <location line="+1" />
        <source>done</source>
        <translation>ολοκληρώθηκε</translation>
    </message>
    <message>
        <location line="+1" />
        <source>snoozed</source>
        <translation>σε αναβολή</translation>
    </message>
    <message>
        <location line="+1" />
        <source>heard</source>
        <translation>ακούστηκε</translation>
    </message>
    <message>
        <location line="+9" />
        <source>DM</source>
        <translation>Προσωπικό</translation>
    </message>
    <message>
        <location line="+0" />
        <source>public</source>
        <translation>δημόσια</translation>
    </message>
    <message>
        <location line="+16" />
        <source>Customer</source>
        <translation>Πελάτης</translation>
    </message>
    <message>
        <location line="+14" />
        <source>Identities</source>
        <translation>Λογαριασμοί του πελάτη</translation>
    </message>
    <message>
        <location line="+5" />
        <location line="+45" />
        <source>Tags</source>
        <translation>Ετικέτες</translation>
    </message>
    <message>
        <location line="-43" />
        <source>Add a tag…</source>
        <translation>Προσθήκη ετικέτας…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Add a tag</source>
        <translation>Προσθήκη ετικέτας</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Earlier conversations</source>
        <translation>Προηγούμενες συνομιλίες</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Notes</source>
        <translation>Σημειώσεις</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Add a note about this customer…</source>
        <translation>Σημείωση για αυτόν τον πελάτη…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Add a note</source>
        <translation>Προσθήκη σημείωσης</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Add</source>
        <translation>Προσθήκη</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Timeline</source>
        <translation>Ιστορικό</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Everything this customer ever wrote, on every platform (T)</source>
        <translation>Ό,τι έχει γράψει ποτέ αυτός ο πελάτης, σε κάθε πλατφόρμα (T)</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Same person as…</source>
        <translation>Ίδιο πρόσωπο με…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Merge identities of one person across platforms</source>
        <translation>Ενοποίηση των λογαριασμών ενός προσώπου σε διαφορετικές πλατφόρμες</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Log call…</source>
        <translation>Καταγραφή κλήσης…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Log a phone call or a meeting on this customer's timeline</source>
        <translation>Καταγραφή τηλεφωνήματος ή συνάντησης στο ιστορικό αυτού του πελάτη</translation>
    </message>
    <message>
        <location line="+17" />
        <source>Conversations</source>
        <translation>Συνομιλίες</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Notes, calls and meetings</source>
        <translation>Σημειώσεις, κλήσεις, συναντήσεις</translation>
    </message>
    <message>
        <location line="+26" />
        <source>Select a conversation to see the customer's story.</source>
        <translation>Επιλέξτε μια συνομιλία για να δείτε την ιστορία του πελάτη.</translation>
    </message>
    <message>
        <location line="+7" />
        <source>First contact %1 · %2 · %3</source>
        <translation>Πρώτη επαφή %1 · %2 · %3</translation>
    </message>
    <message numerus="yes">
        <location line="+0" />
        <source>%n conversation(s)</source>
        <translation><numerusform>%n συνομιλία</numerusform><numerusform>%n συνομιλίες</numerusform></translation>
    </message>
    <message numerus="yes">
        <location line="+0" />
        <source>%n message(s)</source>
        <translation><numerusform>%n μήνυμα</numerusform><numerusform>%n μηνύματα</numerusform></translation>
    </message>
    <message>
        <location line="+8" />
        <source>Remove tag</source>
        <translation>Αφαίρεση ετικέτας</translation>
    </message>
    <message>
        <location line="+0" />
        <source>No tags yet</source>
        <translation>Καμία ετικέτα ακόμη</translation>
    </message>
    <message>
        <location line="+12" />
        <source>%1 %2, %3, %4: %5</source>
        <translation>%1 %2, %3, %4: %5</translation>
    </message>
    <message>
        <location line="+9" />
        <source>%1 %2 — %3</source>
        <translation>%1 %2 — %3</translation>
    </message>
    <message>
        <location line="+2" />
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <location line="+59" />
        <source>%1 · %2 · viewing</source>
        <translation>%1 · %2 · ανοιχτή τώρα</translation>
    </message>
</context>
<context>
    <name>FollowUpMenu</name>
    <message>
        <location filename="../../desktop_inbox/ui/followup.py" line="+20" />
        <source>Remind me if no answer</source>
        <translation>Υπενθύμιση αν δεν απαντήσει</translation>
    </message>
    <message numerus="yes">
        <location line="+9" />
        <source>In %n day(s)  (%1)</source>
        <translation>
            <numerusform>Σε %n ημέρα  (%1)</numerusform>
            <numerusform>Σε %n ημέρες  (%1)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3" />
        <source>On a date…</source>
        <translation>Σε συγκεκριμένη ημερομηνία…</translation>
    </message>
    <message>
        <location line="+2" />
        <source>No reminder</source>
        <translation>Χωρίς υπενθύμιση</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Remind me if no answer by</source>
        <translation>Υπενθύμιση αν δεν απαντήσει έως</translation>
    </message>
</context>
<context>
    <name>InstagramPage</name>
    <message>
        <location filename="../../desktop_inbox/ui/signin/meta.py" line="+108" />
        <source>From “API setup with Instagram business login” → Generate token</source>
        <translation>Από «API setup with Instagram business login» → Generate token</translation>
    </message>
</context>
<context>
    <name>ListPane</name>
    <message>
        <location filename="../../desktop_inbox/ui/mainwindow/listpane.py" line="+26" />
        <source>Nobody is waiting for an answer. Well done!</source>
        <translation>Κανείς δεν περιμένει απάντηση. Μπράβο!</translation>
    </message>
    <message>
        <location line="+1" />
        <source>No conversation is waiting on a customer.</source>
        <translation>Καμία συνομιλία δεν περιμένει τον πελάτη.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Nothing is snoozed.
Snooze a conversation (H, or Conversation ▸ Snooze) to have it come back later.</source>
        <translation>Τίποτα σε αναβολή.
Βάλτε μια συνομιλία σε αναβολή (H ή Συνομιλία ▸ Αναβολή) για να επανέλθει αργότερα.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Nothing is marked done yet.</source>
        <translation>Τίποτα δεν έχει σημειωθεί ακόμη ως ολοκληρωμένο.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Nothing heard yet.
Listen for words, phrases or #hashtags that name your shop: File ▸ Accounts…, choose an account, Listening….</source>
        <translation>Δεν ακούστηκε τίποτα ακόμη.
Ακούστε λέξεις, φράσεις ή #hashtags που αναφέρουν το κατάστημά σας: Αρχείο ▸ Λογαριασμοί…, επιλέξτε λογαριασμό, Ακρόαση….</translation>
    </message>
    <message>
        <location line="+6" />
        <source>No conversations in this view.</source>
        <translation>Καμία συνομιλία σε αυτή την προβολή.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>No account yet.
Add one with File ▸ Add account… to answer your customers here.</source>
        <translation>Δεν υπάρχει ακόμη λογαριασμός.
Προσθέστε έναν από Αρχείο ▸ Προσθήκη λογαριασμού… για να απαντάτε εδώ στους πελάτες σας.</translation>
    </message>
    <message>
        <location line="+173" />
        <source>No message matches “%1”.</source>
        <translation>Κανένα μήνυμα δεν ταιριάζει με «%1».</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../desktop_inbox/ui/mainwindow/window.py" line="+105" />
        <source>Demo workspace — %1</source>
        <translation>Χώρος επίδειξης — %1</translation>
    </message>
    <message>
        <location line="+355" />
        <source>Syncing…</source>
        <translation>Συγχρονισμός…</translation>
    </message>
    <message>
        <location line="+45" />
        <source>The automatic backup failed: %1</source>
        <translation>Το αυτόματο αντίγραφο ασφαλείας απέτυχε: %1</translation>
    </message>
</context>
<context>
    <name>MastodonPage</name>
    <message>
        <location filename="../../desktop_inbox/ui/signin/mastodon.py" line="+28" />
        <source>Your browser opens your server's sign-in page. Desktop Inbox asks to read your mentions and direct messages and to post replies. Your password never reaches this app, and the access key is kept in your system keyring.</source>
        <translation>Ο περιηγητής σας ανοίγει τη σελίδα σύνδεσης του διακομιστή σας. Το Desktop Inbox ζητά άδεια να διαβάζει τις αναφορές και τα προσωπικά σας μηνύματα και να δημοσιεύει απαντήσεις. Ο κωδικός σας δεν φτάνει ποτέ σε αυτή την εφαρμογή, και το κλειδί πρόσβασης φυλάσσεται στην κλειδοθήκη του συστήματός σας.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Mastodon server address</source>
        <translation>Διεύθυνση διακομιστή Mastodon</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Paste the code from the browser here</source>
        <translation>Επικολλήστε εδώ τον κωδικό από τον περιηγητή</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Authorisation code</source>
        <translation>Κωδικός εξουσιοδότησης</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Server</source>
        <translation>Διακομιστής</translation>
    </message>
    <message>
        <location line="+2" />
        <location line="+55" />
        <source>Sign in with browser</source>
        <translation>Σύνδεση μέσω περιηγητή</translation>
    </message>
    <message>
        <location line="-53" />
        <source>Use a code instead</source>
        <translation>Σύνδεση με κωδικό</translation>
    </message>
    <message>
        <location line="+1" />
        <source>If the browser cannot come back to the app, the server can show a code to paste.</source>
        <translation>Αν ο περιηγητής δεν μπορεί να επιστρέψει στην εφαρμογή, ο διακομιστής μπορεί να σας δείξει έναν κωδικό για επικόλληση.</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Enter your Mastodon server's address, e.g. mastodon.social.</source>
        <translation>Εισαγάγετε τη διεύθυνση του διακομιστή σας στο Mastodon, π.χ. mastodon.social.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>“%1” is not a server address; it looks like mastodon.social.</source>
        <translation>Το «%1» δεν είναι διεύθυνση διακομιστή· μια διεύθυνση μοιάζει με mastodon.social.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Contacting the server…</source>
        <translation>Επικοινωνία με τον διακομιστή…</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Paste the code the server showed in the browser.</source>
        <translation>Επικολλήστε τον κωδικό που σας έδειξε ο διακομιστής στον περιηγητή.</translation>
    </message>
    <message>
        <location line="+17" />
        <source>Finish sign-in</source>
        <translation>Ολοκλήρωση σύνδεσης</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Approve Desktop Inbox in the browser, then paste the code it shows here.</source>
        <translation>Εγκρίνετε το Desktop Inbox στον περιηγητή και μετά επικολλήστε εδώ τον κωδικό που εμφανίζεται.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Waiting for you to approve Desktop Inbox in the browser… &lt;a href="%1"&gt;Open the page again&lt;/a&gt;</source>
        <translation>Περιμένουμε να εγκρίνετε το Desktop Inbox στον περιηγητή… &lt;a href="%1"&gt;Άνοιγμα της σελίδας ξανά&lt;/a&gt;</translation>
    </message>
</context>
<context>
    <name>MessengerPage</name>
    <message>
        <location filename="../../desktop_inbox/ui/signin/meta.py" line="+17" />
        <source>From Messenger API Settings → Generate token next to your Page</source>
        <translation>Από Messenger API Settings → Generate token δίπλα στη Σελίδα σας</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Your Facebook Page's ID</source>
        <translation>Το αναγνωριστικό της Σελίδας σας στο Facebook</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Facebook Page ID</source>
        <translation>Αναγνωριστικό Σελίδας Facebook</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Page ID</source>
        <translation>Αναγνωριστικό Σελίδας</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Enter your Facebook Page's ID (on the Page: About → Page transparency).</source>
        <translation>Εισαγάγετε το αναγνωριστικό της Σελίδας σας στο Facebook (στη Σελίδα: About → Page transparency).</translation>
    </message>
</context>
<context>
    <name>MetaPage</name>
    <message>
        <location line="-99" />
        <source>Desktop Inbox works through your own Meta app — here is why and how:</source>
        <translation>Το Desktop Inbox λειτουργεί μέσω της δικής σας εφαρμογής Meta — δείτε γιατί και πώς:</translation>
    </message>
    <message>
        <location line="+5" />
        <source>How to get a token</source>
        <translation>Πώς θα αποκτήσετε διακριτικό πρόσβασης</translation>
    </message>
    <message>
        <location line="+4" />
        <source>The number at the top of your app's page</source>
        <translation>Ο αριθμός στο πάνω μέρος της σελίδας της εφαρμογής σας</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Meta app ID</source>
        <translation>Αναγνωριστικό εφαρμογής Meta</translation>
    </message>
    <message>
        <location line="+1" />
        <source>App ID</source>
        <translation>Αναγνωριστικό εφαρμογής</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Access token</source>
        <translation>Διακριτικό πρόσβασης</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Token</source>
        <translation>Διακριτικό</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Meta approved the Human Agent feature for my app</source>
        <translation>Η Meta ενέκρινε τη λειτουργία Human Agent για την εφαρμογή μου</translation>
    </message>
    <message>
        <location line="+2" />
        <source>A person may then answer for 7 days after the customer's last message, not 24 hours.</source>
        <translation>Τότε ένας άνθρωπος μπορεί να απαντά για 7 ημέρες μετά το τελευταίο μήνυμα του πελάτη, αντί για 24 ώρες.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Check and add</source>
        <translation>Έλεγχος και προσθήκη</translation>
    </message>
    <message>
        <location line="+16" />
        <source>Enter your Meta app's ID (developers.facebook.com/apps).</source>
        <translation>Εισαγάγετε το αναγνωριστικό της εφαρμογής σας στη Meta (developers.facebook.com/apps).</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Paste the token generated in your app's dashboard.</source>
        <translation>Επικολλήστε το διακριτικό πρόσβασης που δημιουργήθηκε στον πίνακα ελέγχου της εφαρμογής σας.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Checking the token with Meta…</source>
        <translation>Έλεγχος του διακριτικού με τη Meta…</translation>
    </message>
    <message>
        <location line="+15" />
        <source>%1: %2</source>
        <comment>an account, then what works for it</comment>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>OutboxCount</name>
    <message>
        <location filename="../../desktop_inbox/ui/statusbar/outbox.py" line="+11" />
        <source>Replies waiting to go out</source>
        <translation>Απαντήσεις που περιμένουν να σταλούν</translation>
    </message>
    <message numerus="yes">
        <location line="+3" />
        <source>%n reply(s) waiting to go out</source>
        <translation>
            <numerusform>%n απάντηση περιμένει να σταλεί</numerusform>
            <numerusform>%n απαντήσεις περιμένουν να σταλούν</numerusform>
        </translation>
    </message>
    <message>
        <location line="+0" />
        <source>Outbox empty</source>
        <translation>Τα εξερχόμενα είναι άδεια</translation>
    </message>
</context>
<context>
    <name>PersonBriefWidget</name>
    <message>
        <location filename="../../desktop_inbox/ui/conversation/person_brief.py" line="+19" />
        <source>About this customer</source>
        <translation>Για αυτόν τον πελάτη</translation>
    </message>
    <message>
        <location line="+24" />
        <source>&lt;i&gt;Who you are answering appears here.&lt;/i&gt;</source>
        <translation>&lt;i&gt;Εδώ εμφανίζεται σε ποιον απαντάτε.&lt;/i&gt;</translation>
    </message>
    <message>
        <location line="+4" />
        <source>&lt;b&gt;%1&lt;/b&gt; — call them &lt;b&gt;%2&lt;/b&gt;</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; — προσφώνηση: &lt;b&gt;%2&lt;/b&gt;</translation>
    </message>
    <message numerus="yes">
        <location line="+5" />
        <source>%n conversation(s)</source>
        <translation><numerusform>%n συνομιλία</numerusform><numerusform>%n συνομιλίες</numerusform></translation>
    </message>
    <message>
        <location line="+3" />
        <source>MMM yyyy</source>
        <comment>a month (Qt date format)</comment>
        <translation>MMM yyyy</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Customer since %1 · %2</source>
        <translation>Πελάτης από %1 · %2</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Customer since today · %1</source>
        <translation>Πελάτης από σήμερα · %1</translation>
    </message>
    <message>
        <location line="+8" />
        <source>&lt;b&gt;Not answered yet&lt;/b&gt;</source>
        <translation>&lt;b&gt;Δεν έχουν απαντηθεί ακόμη&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+7" />
        <source>&lt;b&gt;Earlier they wrote&lt;/b&gt;</source>
        <translation>&lt;b&gt;Είχε γράψει παλαιότερα&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+3" />
        <source>&lt;b&gt;Notes&lt;/b&gt;</source>
        <translation>&lt;b&gt;Σημειώσεις&lt;/b&gt;</translation>
    </message>
</context>
<context>
    <name>PictureChip</name>
    <message>
        <location filename="../../desktop_inbox/ui/conversation/attachments.py" line="-195" />
        <source>Describe the picture (required)</source>
        <translation>Περιγράψτε την εικόνα (υποχρεωτικό)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Alt text for %1</source>
        <translation>Εναλλακτικό κείμενο για %1</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Remove %1</source>
        <translation>Αφαίρεση %1</translation>
    </message>
</context>
<context>
    <name>ProgressLabel</name>
    <message>
        <location filename="../../desktop_inbox/ui/statusbar/progress.py" line="+16" />
        <source>History import</source>
        <translation>Εισαγωγή ιστορικού</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Importing history… back to %1</source>
        <translation>Εισαγωγή ιστορικού… ως τις %1</translation>
    </message>
</context>
<context>
    <name>PublicAnyway</name>
    <message>
        <location filename="../../desktop_inbox/ui/conversation/public_anyway.py" line="+17" />
        <source>Send in public anyway</source>
        <translation>Δημόσια αποστολή παρ' όλα αυτά</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Send as a direct message</source>
        <translation>Αποστολή ως προσωπικό μήνυμα</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Keep editing</source>
        <translation>Συνέχεια επεξεργασίας</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Personal data in public</source>
        <translation>Προσωπικά δεδομένα δημόσια</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Send this in public?</source>
        <translation>Να σταλεί δημόσια;</translation>
    </message>
    <message>
        <location line="+3" />
        <source>It shows %1, and everyone can read a public reply. Send it as a direct message instead?</source>
        <translation>Περιέχει %1 και μια δημόσια απάντηση μπορεί να τη διαβάσει ο καθένας. Να σταλεί καλύτερα ως προσωπικό μήνυμα;</translation>
    </message>
    <message>
        <location line="+2" />
        <source>It shows %1, and everyone can read a public reply.</source>
        <translation>Περιέχει %1 και μια δημόσια απάντηση μπορεί να τη διαβάσει ο καθένας.</translation>
    </message>
</context>
<context>
    <name>Recovery</name>
    <message numerus="yes">
        <location filename="../../desktop_inbox/ui/recovery.py" line="+42" />
        <source>%1

Restore the latest automatic backup, from %2 (%n message(s))? Messages that arrived since then are fetched again from the platforms; accounts ask you to sign in again. The damaged file is kept in the backups folder.</source>
        <comment>%1: what is damaged, %2: when the backup was taken</comment>
        <translation>
            <numerusform>%1

Να γίνει επαναφορά του πιο πρόσφατου αυτόματου αντιγράφου ασφαλείας (%2, %n μήνυμα); Τα μηνύματα που ήρθαν από τότε θα ληφθούν ξανά από τις πλατφόρμες· οι λογαριασμοί θα σας ζητήσουν να συνδεθείτε ξανά. Το κατεστραμμένο αρχείο φυλάσσεται στον φάκελο των αντιγράφων ασφαλείας.</numerusform>
            <numerusform>%1

Να γίνει επαναφορά του πιο πρόσφατου αυτόματου αντιγράφου ασφαλείας (%2, %n μηνύματα); Τα μηνύματα που ήρθαν από τότε θα ληφθούν ξανά από τις πλατφόρμες· οι λογαριασμοί θα σας ζητήσουν να συνδεθείτε ξανά. Το κατεστραμμένο αρχείο φυλάσσεται στον φάκελο των αντιγράφων ασφαλείας.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+46" />
        <source>Start with an empty cache</source>
        <translation>Έναρξη με κενό τοπικό αντίγραφο</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Quit</source>
        <translation>Έξοδος</translation>
    </message>
    <message>
        <location line="+4" />
        <source>The cache of your conversations is damaged.</source>
        <translation>Το τοπικό αντίγραφο των συνομιλιών σας έχει καταστραφεί.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Restore the backup</source>
        <translation>Επαναφορά αντιγράφου</translation>
    </message>
    <message>
        <location line="+4" />
        <source>The cache of your conversations is damaged, and there is no automatic backup yet.</source>
        <translation>Το τοπικό αντίγραφο των συνομιλιών σας έχει καταστραφεί και δεν υπάρχει ακόμη αυτόματο αντίγραφο ασφαλείας.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>%1

Start with an empty cache? The damaged file is kept in the backups folder; add your accounts again and their history is fetched again.</source>
        <comment>%1: what is damaged</comment>
        <translation>%1

Να ξεκινήσετε με κενό τοπικό αντίγραφο; Το κατεστραμμένο αρχείο φυλάσσεται στον φάκελο των αντιγράφων ασφαλείας· προσθέστε ξανά τους λογαριασμούς σας και το ιστορικό τους θα ληφθεί ξανά.</translation>
    </message>
</context>
<context>
    <name>ReminderOffer</name>
    <message numerus="yes">
        <location filename="../../desktop_inbox/ui/conversation/followthrough.py" line="+19" />
        <source>Remind me in %n day(s)</source>
        <translation>
            <numerusform>Υπενθύμιση σε %n ημέρα</numerusform>
            <numerusform>Υπενθύμιση σε %n ημέρες</numerusform>
        </translation>
    </message>
    <message>
        <location line="+26" />
        <source>This reply promises &lt;b&gt;“%1”&lt;/b&gt;. Bring the conversation back if the customer has not written by then?</source>
        <translation>Αυτή η απάντηση υπόσχεται &lt;b&gt;«%1»&lt;/b&gt;. Να επανέλθει η συνομιλία αν ο πελάτης δεν έχει γράψει ως τότε;</translation>
    </message>
</context>
<context>
    <name>SearchBar</name>
    <message>
        <location filename="../../desktop_inbox/ui/search/bar.py" line="+24" />
        <source>Search all messages  ( / )</source>
        <translation>Αναζήτηση σε όλα τα μηνύματα  ( / )</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Search</source>
        <translation>Αναζήτηση</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Words in any order, "exact phrases", from:, platform:, is:direct, is:mention, is:heard, state:, tag:, before:, after:</source>
        <comment>the search words (from:, is:direct…) stay in English: the search understands only these</comment>
        <translation>Λέξεις με οποιαδήποτε σειρά, "ακριβείς φράσεις", from:, platform:, is:direct, is:mention, is:heard, state:, tag:, before:, after:</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Newest first</source>
        <translation>Νεότερα πρώτα</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Best match</source>
        <translation>Πιο σχετικά</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Order of search results</source>
        <translation>Σειρά αποτελεσμάτων αναζήτησης</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Save</source>
        <translation>Αποθήκευση</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Keep this search in the sidebar, with a live count</source>
        <translation>Διατήρηση αυτής της αναζήτησης στην πλαϊνή στήλη, με ζωντανή μέτρηση</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Search results found</source>
        <translation>Αποτελέσματα αναζήτησης</translation>
    </message>
    <message numerus="yes">
        <location line="+48" />
        <source>More than %Ln message(s) found</source>
        <translation><numerusform>Βρέθηκαν περισσότερα από %Ln μήνυμα</numerusform><numerusform>Βρέθηκαν περισσότερα από %Ln μηνύματα</numerusform></translation>
    </message>
    <message numerus="yes">
        <location line="+2" />
        <source>%Ln message(s) found</source>
        <translation><numerusform>Βρέθηκε %Ln μήνυμα</numerusform><numerusform>Βρέθηκαν %Ln μηνύματα</numerusform></translation>
    </message>
</context>
<context>
    <name>SearchHitDelegate</name>
    <message>
        <location filename="../../desktop_inbox/ui/search/results.py" line="+191" />
        <source>%1 · DM</source>
        <comment>a platform's direct messages</comment>
        <translation>%1 · προσωπικό</translation>
    </message>
</context>
<context>
    <name>SearchResultsView</name>
    <message>
        <location line="+37" />
        <source>Search results</source>
        <translation>Αποτελέσματα αναζήτησης</translation>
    </message>
</context>
<context>
    <name>SendAtButton</name>
    <message>
        <location filename="../../desktop_inbox/ui/conversation/followthrough.py" line="-126" />
        <source>Tomorrow %1</source>
        <translation>Αύριο %1</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Next working morning (%1)</source>
        <translation>Το επόμενο εργάσιμο πρωί (%1)</translation>
    </message>
    <message>
        <location line="+14" />
        <source>Send at…</source>
        <translation>Αποστολή στις…</translation>
    </message>
    <message>
        <location line="+1" />
        <location line="+23" />
        <source>Send at</source>
        <translation>Αποστολή στις</translation>
    </message>
    <message>
        <location line="-21" />
        <source>Send this reply later: it waits in the outbox, and goes even if the app is closed then (at the next sync)</source>
        <translation>Αποστολή αυτής της απάντησης αργότερα: περιμένει στα εξερχόμενα και φεύγει ακόμη κι αν η εφαρμογή είναι τότε κλειστή (στον επόμενο συγχρονισμό)</translation>
    </message>
    <message>
        <location line="+15" />
        <source>Pick a time…</source>
        <translation>Επιλογή ώρας…</translation>
    </message>
</context>
<context>
    <name>Sidebar</name>
    <message>
        <location filename="../../desktop_inbox/ui/sidebar.py" line="+24" />
        <source>Needs reply</source>
        <translation>Θέλει απάντηση</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Waiting on customer</source>
        <translation>Αναμονή πελάτη</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Snoozed</source>
        <translation>Σε αναβολή</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Done</source>
        <translation>Ολοκληρώθηκε</translation>
    </message>
    <message>
        <location line="+1" />
        <source>All</source>
        <translation>Όλες</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Heard</source>
        <translation>Ακούστηκαν</translation>
    </message>
    <message>
        <location line="+17" />
        <source>Views</source>
        <translation>Προβολές</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Accounts</source>
        <translation>Λογαριασμοί</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Inbox</source>
        <translation>Εισερχόμενα</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Tags</source>
        <translation>Ετικέτες</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Saved searches</source>
        <translation>Αποθηκευμένες αναζητήσεις</translation>
    </message>
    <message>
        <location line="+82" />
        <source>This account needs you to sign in again.</source>
        <translation>Αυτός ο λογαριασμός χρειάζεται να συνδεθείτε ξανά.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Sign in again</source>
        <translation>Νέα σύνδεση</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Sign in to %1 again</source>
        <translation>Συνδεθείτε ξανά στο %1</translation>
    </message>
    <message>
        <location line="+5" />
        <source>%1 on %2 needs sign-in</source>
        <translation>Το %1 στο %2 χρειάζεται σύνδεση</translation>
    </message>
    <message>
        <location line="+8" />
        <source>last synced %1</source>
        <translation>τελευταίος συγχρονισμός %1</translation>
    </message>
    <message>
        <location line="+1" />
        <source>not synced yet</source>
        <translation>δεν έχει συγχρονιστεί ακόμη</translation>
    </message>
    <message>
        <location line="+2" />
        <source>%1: %2</source>
        <comment>a platform: the account's state</comment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+2" />
        <source>%1. %2</source>
        <comment>the account's state. what cannot be reached</comment>
        <translation>%1. %2</translation>
    </message>
    <message>
        <location line="+4" />
        <source>%1 on %2. %3</source>
        <translation>%1 στο %2. %3</translation>
    </message>
    <message>
        <location line="+1" />
        <source>＋ Add account…</source>
        <translation>＋ Νέος λογαριασμός…</translation>
    </message>
    <message>
        <location line="+48" />
        <source>Saved search %1, %2 conversations</source>
        <translation>Αποθηκευμένη αναζήτηση %1, συνομιλίες: %2</translation>
    </message>
</context>
<context>
    <name>SnippetsDialog</name>
    <message>
        <location filename="../../desktop_inbox/ui/dialogs/snippets.py" line="+31" />
        <location line="+3" />
        <source>Saved replies</source>
        <translation>Έτοιμες απαντήσεις</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Name, e.g. Shipping delay</source>
        <translation>Όνομα, π.χ. Καθυστέρηση αποστολής</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Name</source>
        <translation>Όνομα</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Hi {first_name}, …</source>
        <comment>keep {first_name} as it is: the customer's first name goes there</comment>
        <translation>Γεια σας {first_name}, …</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Text</source>
        <translation>Κείμενο</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Placeholders are filled for each customer: &lt;b&gt;{first_name}&lt;/b&gt;, &lt;b&gt;{name}&lt;/b&gt;, &lt;b&gt;{handle}&lt;/b&gt; and &lt;b&gt;{my_name}&lt;/b&gt; (your name, in Preferences). Any other &lt;b&gt;{word}&lt;/b&gt; is a field you fill in before sending — a reply with an unfilled placeholder cannot be sent.</source>
        <translation>Αυτά τα πεδία συμπληρώνονται αυτόματα για κάθε πελάτη: &lt;b&gt;{first_name}&lt;/b&gt; (μικρό όνομα), &lt;b&gt;{name}&lt;/b&gt; (ονοματεπώνυμο), &lt;b&gt;{handle}&lt;/b&gt; (όνομα χρήστη) και &lt;b&gt;{my_name}&lt;/b&gt; (το δικό σας όνομα, από τις Προτιμήσεις). Κάθε άλλο &lt;b&gt;{word}&lt;/b&gt; είναι πεδίο που συμπληρώνετε εσείς πριν από την αποστολή — μια απάντηση με ασυμπλήρωτο πεδίο δεν μπορεί να σταλεί.</translation>
    </message>
    <message>
        <location line="+7" />
        <source>New</source>
        <translation>Νέα</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Save</source>
        <translation>Αποθήκευση</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Delete</source>
        <translation>Διαγραφή</translation>
    </message>
    <message>
        <location line="+52" />
        <source>Saved.</source>
        <translation>Αποθηκεύτηκε.</translation>
    </message>
</context>
<context>
    <name>SnoozeMenu</name>
    <message numerus="yes">
        <location filename="../../desktop_inbox/ui/snooze.py" line="+21" />
        <location line="+1" />
        <source>In %n hour(s)</source>
        <translation>
            <numerusform>Σε %n ώρα</numerusform>
            <numerusform>Σε %n ώρες</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1" />
        <source>Tomorrow morning</source>
        <translation>Αύριο το πρωί</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Next Monday</source>
        <translation>Την επόμενη Δευτέρα</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Snooze</source>
        <translation>Αναβολή</translation>
    </message>
    <message>
        <location line="+6" />
        <source>%1  (%2)</source>
        <comment>a choice and the time it means</comment>
        <translation>%1  (%2)</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Pick a time…</source>
        <translation>Επιλογή ώρας…</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Snooze until</source>
        <translation>Αναβολή έως</translation>
    </message>
</context>
<context>
    <name>SyncTimeLabel</name>
    <message>
        <location filename="../../desktop_inbox/ui/statusbar/synctime.py" line="+15" />
        <source>Last sync</source>
        <translation>Τελευταίος συγχρονισμός</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Synced %1</source>
        <translation>Συγχρονισμός %1</translation>
    </message>
</context>
<context>
    <name>ThreadView</name>
    <message>
        <location filename="../../desktop_inbox/ui/conversation/thread_view.py" line="+188" />
        <source>Conversation thread</source>
        <translation>Μηνύματα της συνομιλίας</translation>
    </message>
    <message>
        <location line="+183" />
        <source>Copy text</source>
        <translation>Αντιγραφή κειμένου</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Copy link</source>
        <translation>Αντιγραφή συνδέσμου</translation>
    </message>
    <message>
        <location filename="../../desktop_inbox/ui/conversation/media_html.py" line="+28" />
        <source>picture</source>
        <translation>εικόνα</translation>
    </message>
    <message>
        <location line="+1" />
        <source>animation</source>
        <translation>κινούμενη εικόνα</translation>
    </message>
    <message>
        <location line="+1" />
        <source>video</source>
        <translation>βίντεο</translation>
    </message>
    <message>
        <location line="+1" />
        <source>sound</source>
        <translation>ήχος</translation>
    </message>
    <message>
        <location line="+4" />
        <source>%1 not downloaded yet</source>
        <translation>%1: δεν έχει ληφθεί ακόμη</translation>
    </message>
    <message>
        <location line="+1" />
        <source>%1 not kept (over this account's space for pictures)</source>
        <translation>%1: δεν διατηρήθηκε (ξεπερνά τον χώρο εικόνων αυτού του λογαριασμού)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>%1 not shown: the file is not a picture that can be opened safely</source>
        <translation>%1: δεν εμφανίζεται· το αρχείο δεν είναι εικόνα που ανοίγει με ασφάλεια</translation>
    </message>
    <message>
        <location line="+1" />
        <source>%1 could not be downloaded</source>
        <translation>%1: η λήψη δεν ήταν δυνατή</translation>
    </message>
    <message>
        <location line="+28" />
        <source>%1: %2</source>
        <comment>an attachment's kind: its description</comment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+13" />
        <source>open</source>
        <comment>a link: open the attachment</comment>
        <translation>άνοιγμα</translation>
    </message>
    <message>
        <location line="+4" />
        <source>%1 not downloaded</source>
        <translation>%1: δεν έχει ληφθεί</translation>
    </message>
    <message>
        <location filename="../../desktop_inbox/ui/conversation/thread_render.py" line="+27" />
        <source>public</source>
        <translation>δημόσια</translation>
    </message>
    <message>
        <location line="+1" />
        <source>unlisted</source>
        <translation>μη καταχωρισμένη</translation>
    </message>
    <message>
        <location line="+1" />
        <source>followers only</source>
        <translation>μόνο για ακολούθους</translation>
    </message>
    <message>
        <location line="+1" />
        <source>direct message</source>
        <translation>προσωπικό μήνυμα</translation>
    </message>
    <message>
        <location line="+61" />
        <source>The platform refused this reply.</source>
        <translation>Η πλατφόρμα απέρριψε αυτή την απάντηση.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Retry</source>
        <comment>a link: send a refused reply again</comment>
        <translation>Νέα προσπάθεια</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Not sent: %1 %2 · %3</source>
        <comment>why; the links Retry and Cancel</comment>
        <translation>Δεν στάλθηκε: %1 %2 · %3</translation>
    </message>
    <message>
        <location line="+3" />
        <source>The server did not confirm it.</source>
        <translation>Ο διακομιστής δεν την επιβεβαίωσε.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>May have been sent: %1 It will not be sent again by itself; open the outbox to resend it or mark it as sent.</source>
        <translation>Ίσως στάλθηκε: %1 Δεν θα σταλεί ξανά από μόνη της· ανοίξτε τα εξερχόμενα για να τη στείλετε ξανά ή να τη σημειώσετε ως σταλμένη.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Sending…</source>
        <translation>Αποστολή…</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Waiting to be sent</source>
        <translation>Περιμένει να σταλεί</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Scheduled for %1</source>
        <translation>Προγραμματίστηκε για %1</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Last try: %1 — it will be sent again automatically.</source>
        <translation>Τελευταία προσπάθεια: %1 — θα σταλεί ξανά αυτόματα.</translation>
    </message>
    <message>
        <location line="+14" />
        <source>file</source>
        <comment>an attachment</comment>
        <translation>αρχείο</translation>
    </message>
    <message>
        <location line="+25" />
        <source>open in browser</source>
        <translation>άνοιγμα στον περιηγητή</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Cancel</source>
        <comment>a link: take back a reply waiting to go out</comment>
        <translation>Ακύρωση</translation>
    </message>
</context>
<context>
    <name>Time</name>
    <message>
        <location filename="../../desktop_inbox/ui/style.py" line="+60" />
        <location filename="../../desktop_inbox/ui/timepick.py" line="+30" />
        <source>HH:mm</source>
        <comment>a time today (Qt date format)</comment>
        <translation>HH:mm</translation>
    </message>
    <message>
        <location line="+2" />
        <source>dd MMM HH:mm</source>
        <comment>a time this year (Qt date format)</comment>
        <translation>d MMM, HH:mm</translation>
    </message>
    <message>
        <location line="+2" />
        <location line="+7" />
        <source>dd MMM yyyy</source>
        <comment>a day in another year (Qt date format)</comment>
        <translation>d MMM yyyy</translation>
    </message>
    <message>
        <location filename="../../desktop_inbox/ui/timepick.py" line="+5" />
        <source>ddd HH:mm</source>
        <comment>a weekday and time (Qt date format)</comment>
        <translation>ddd HH:mm</translation>
    </message>
    <message>
        <location line="+5" />
        <source>ddd dd MMM HH:mm</source>
        <comment>a weekday, day, month and time (Qt date format)</comment>
        <translation>ddd d MMM, HH:mm</translation>
    </message>
    <message>
        <location line="+6" />
        <source>dddd dd MMMM yyyy, HH:mm</source>
        <comment>a date and time in full (Qt date format)</comment>
        <translation>dddd d MMMM yyyy, HH:mm</translation>
    </message>
    <message>
        <location filename="../../desktop_inbox/ui/conversation/thread_render.py" line="-9" />
        <source>dd MMM yyyy, HH:mm</source>
        <comment>a day in another year and its time (Qt date format)</comment>
        <translation>d MMM yyyy, HH:mm</translation>
    </message>
</context>
<context>
    <name>TimelineDialog</name>
    <message>
        <location filename="../../desktop_inbox/ui/dialogs/timeline.py" line="+86" />
        <source>%1 — the whole story</source>
        <translation>%1 — όλο το ιστορικό</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Jump to a month</source>
        <translation>Μετάβαση σε μήνα</translation>
    </message>
    <message>
        <location line="+26" />
        <source>%1 (%2)</source>
        <comment>a month's name and how many messages it holds</comment>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>TimelineView</name>
    <message>
        <location line="-84" />
        <source>Customer timeline</source>
        <translation>Ιστορικό πελάτη</translation>
    </message>
    <message>
        <location line="+15" />
        <source>%1 %2</source>
        <comment>a month's heading: the month's name, the year</comment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <location line="+12" />
        <source>Phone call</source>
        <translation>Τηλεφώνημα</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Meeting</source>
        <translation>Συνάντηση</translation>
    </message>
    <message>
        <location line="+1" />
        <source>logged</source>
        <comment>a call or meeting the user wrote down</comment>
        <translation>καταγράφηκε</translation>
    </message>
    <message>
        <location line="+7" />
        <source>You</source>
        <translation>Εσείς</translation>
    </message>
    <message>
        <location line="+3" />
        <source>%1 DM</source>
        <comment>a platform's direct messages</comment>
        <translation>%1, προσωπικό μήνυμα</translation>
    </message>
    <message>
        <location line="+1" />
        <source>open</source>
        <comment>a link: open the conversation</comment>
        <translation>άνοιγμα</translation>
    </message>
</context>
<context>
    <name>WindowDialogs</name>
    <message>
        <location filename="../../desktop_inbox/ui/mainwindow/dialogs.py" line="+211" />
        <source>Search for something first; then export the results.</source>
        <translation>Αναζητήστε πρώτα κάτι και μετά εξαγάγετε τα αποτελέσματα.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Open a conversation first.</source>
        <translation>Ανοίξτε πρώτα μια συνομιλία.</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Export</source>
        <translation>Εξαγωγή</translation>
    </message>
    <message>
        <location line="+20" />
        <source>Type a search first.</source>
        <translation>Πληκτρολογήστε πρώτα μια αναζήτηση.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Save search</source>
        <translation>Αποθήκευση αναζήτησης</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Name for “%1”:</source>
        <translation>Όνομα για «%1»:</translation>
    </message>
    <message>
        <location line="+14" />
        <source>The cache of your conversations is damaged.</source>
        <translation>Το τοπικό αντίγραφο των συνομιλιών σας έχει καταστραφεί.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>%1

The earlier backups were kept. Quit and start %2 again: it offers to restore the latest good one.</source>
        <translation>%1

Τα προηγούμενα αντίγραφα ασφαλείας διατηρήθηκαν. Κλείστε και ανοίξτε ξανά το %2: θα σας προτείνει να επαναφέρετε το πιο πρόσφατο σωστό.</translation>
    </message>
    <message>
        <location line="+16" />
        <source>Keyboard shortcuts</source>
        <translation>Συντομεύσεις πληκτρολογίου</translation>
    </message>
</context>
<context>
    <name>XPage</name>
    <message>
        <location filename="../../desktop_inbox/ui/signin/x.py" line="+30" />
        <source>Desktop Inbox signs in to X with your own X developer app — here is why and how:</source>
        <translation>Το Desktop Inbox συνδέεται στο X μέσω της δικής σας εφαρμογής προγραμματιστή X — δείτε γιατί και πώς:</translation>
    </message>
    <message>
        <location line="+2" />
        <source>How to get a client ID</source>
        <translation>Πώς θα αποκτήσετε Client ID</translation>
    </message>
    <message>
        <location line="+3" />
        <source>OAuth 2.0 Client ID from developer.x.com</source>
        <translation>OAuth 2.0 Client ID από το developer.x.com</translation>
    </message>
    <message>
        <location line="+1" />
        <source>X client ID</source>
        <translation>Client ID του X</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Client ID</source>
        <translation>Client ID</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Sign in with browser</source>
        <translation>Σύνδεση μέσω περιηγητή</translation>
    </message>
    <message>
        <location line="+15" />
        <source>Paste your X app's OAuth 2.0 Client ID (developer.x.com → your app → Keys and tokens).</source>
        <translation>Επικολλήστε το OAuth 2.0 Client ID της εφαρμογής σας στο X (developer.x.com → η εφαρμογή σας → Keys and tokens).</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Preparing the sign-in…</source>
        <translation>Προετοιμασία σύνδεσης…</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Waiting for you to authorise your app on X in the browser… &lt;a href="%1"&gt;Open the page again&lt;/a&gt;</source>
        <translation>Περιμένουμε να εξουσιοδοτήσετε την εφαρμογή σας στο X, στον περιηγητή… &lt;a href="%1"&gt;Άνοιγμα της σελίδας ξανά&lt;/a&gt;</translation>
    </message>
</context>
</TS>

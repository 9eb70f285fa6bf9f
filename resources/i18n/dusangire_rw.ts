<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="rw_RW">
  <context>
    <name />
    <message>
      <source>{ward}, bed {bed}</source>
      <translation>{ward}, igitanda {bed}</translation>
    </message>
    <message>
      <source>Pickup</source>
      <translation>Kwitwarira</translation>
    </message>
    <message>
      <source>Paid by the company</source>
      <translation>Byishyuwe n'ikigo</translation>
    </message>
    <message>
      <source>Paid by the customer</source>
      <translation>Byishyuwe n'umukiriya</translation>
    </message>
    <message>
      <source>Hospital meals&lt;br&gt;Amounts in RWF</source>
      <translation>Amafunguro y'ibitaro&lt;br&gt;Amafaranga ari muri RWF</translation>
    </message>
    <message>
      <source>Order &lt;b&gt;{number}&lt;/b&gt;&lt;br&gt;{when}&lt;br&gt;Customer: {customer}&lt;br&gt;{where}&lt;br&gt;Served by: {staff}</source>
      <translation>Komande &lt;b&gt;{number}&lt;/b&gt;&lt;br&gt;{when}&lt;br&gt;Umukiriya: {customer}&lt;br&gt;{where}&lt;br&gt;Yakiriwe na: {staff}</translation>
    </message>
    <message>
      <source>Subtotal</source>
      <translation>Igiteranyo kibanza</translation>
    </message>
    <message>
      <source>Murakoze! Thank you.</source>
      <translation>Murakoze!</translation>
    </message>
    <message>
      <source>Cancelled: {reason}</source>
      <translation>Yahagaritswe: {reason}</translation>
    </message>
    <message>
      <source>Charged to {patient}'s account ({ward}, bed {bed})</source>
      <translation>Byashyizwe ku ideni rya {patient} ({ward}, igitanda {bed})</translation>
    </message>
    <message>
      <source>settled at discharge:</source>
      <translation>byishyuwe asezererwa:</translation>
    </message>
    <message>
      <source>Refund — {method}</source>
      <translation>Isubizwa ry'amafaranga — {method}</translation>
    </message>
    <message>
      <source>ref. {reference}</source>
      <translation>nomero {reference}</translation>
    </message>
    <message>
      <source>Cash received</source>
      <translation>Amafaranga yakiriwe</translation>
    </message>
    <message>
      <source>Change</source>
      <translation>Amafaranga asubizwa</translation>
    </message>
    <message>
      <source>Receipt {number}</source>
      <translation>Inyemezabwishyu {number}</translation>
    </message>
    <message>
      <source>Print receipt {number}</source>
      <translation>Capa inyemezabwishyu {number}</translation>
    </message>
    <message>
      <source>Cash</source>
      <translation>Amafaranga mu ntoki</translation>
    </message>
    <message>
      <source>Credit</source>
      <translation>Ideni</translation>
    </message>
    <message>
      <source>Cash/Credit</source>
      <translation>Amafaranga mu ntoki/ideni</translation>
    </message>
    <message>
      <source>Card</source>
      <translation>Ikarita</translation>
    </message>
    <message>
      <source>Mobile money</source>
      <translation>Mobile Money</translation>
    </message>
    <message>
      <source>Z REPORT</source>
      <translation>RAPORO Z</translation>
    </message>
    <message>
      <source>X REPORT — shift so far</source>
      <translation>RAPORO X — igihe cy'akazi kigikomeje</translation>
    </message>
    <message>
      <source>FORCED</source>
      <translation>BYAHATIWE</translation>
    </message>
    <message>
      <source>Desk: {desk}&lt;br&gt;Opened {opened} by {by}&lt;br&gt;{closed}Status: {state}&lt;br&gt;Printed {now}</source>
      <translation>Kesi: {desk}&lt;br&gt;Yafunguwe {opened} na {by}&lt;br&gt;{closed}Uko bihagaze: {state}&lt;br&gt;Byacapwe {now}</translation>
    </message>
    <message>
      <source>Closed {at} by {by}&lt;br&gt;</source>
      <translation>Yafunzwe {at} na {by}&lt;br&gt;</translation>
    </message>
    <message>
      <source>Expected</source>
      <translation>Byari byitezwe</translation>
    </message>
    <message>
      <source>Counted</source>
      <translation>Byabazwe</translation>
    </message>
    <message>
      <source>Variance</source>
      <translation>Ikinyuranyo</translation>
    </message>
    <message>
      <source>EBM fiscal receipts</source>
      <translation>Inyemezabwishyu za EBM</translation>
    </message>
    <message>
      <source>Variance reason</source>
      <translation>Impamvu y'ikinyuranyo</translation>
    </message>
    <message>
      <source>Sales by tender</source>
      <translation>Ibyagurishijwe hakurikijwe uburyo bwo kwishyura</translation>
    </message>
    <message>
      <source>Total sales</source>
      <translation>Igiteranyo cy'ibyagurishijwe</translation>
    </message>
    <message>
      <source>Discounts given</source>
      <translation>Igabanuka ry'ibiciro ryatanzwe</translation>
    </message>
    <message>
      <source>Sales by channel</source>
      <translation>Ibyagurishijwe hakurikijwe inzira</translation>
    </message>
    <message>
      <source>Money given back</source>
      <translation>Amafaranga yasubijwe</translation>
    </message>
    <message>
      <source>Cancelled orders</source>
      <translation>Komande zahagaritswe</translation>
    </message>
    <message>
      <source>Refunded orders</source>
      <translation>Komande zasubijwe amafaranga</translation>
    </message>
    <message>
      <source>Total given back</source>
      <translation>Igiteranyo cy'ayasubijwe</translation>
    </message>
    <message>
      <source>Drawer</source>
      <translation>Isanduku y'amafaranga</translation>
    </message>
    <message>
      <source>Opening float</source>
      <translation>Amafaranga yo gutangiriraho</translation>
    </message>
    <message>
      <source>Paid in</source>
      <translation>Amafaranga yinjijwe</translation>
    </message>
    <message>
      <source>Paid out</source>
      <translation>Amafaranga yasohowe</translation>
    </message>
    <message>
      <source>Cash drops</source>
      <translation>Amafaranga yashyizwe mu isanduku ikomeye</translation>
    </message>
    <message>
      <source>Total variance</source>
      <translation>Igiteranyo cy'ikinyuranyo</translation>
    </message>
    <message>
      <source>Amounts in RWF</source>
      <translation>Amafaranga ari muri RWF</translation>
    </message>
    <message>
      <source>Signature of the cashier</source>
      <translation>Umukono w'ushinzwe kesi</translation>
    </message>
    <message>
      <source>FISCAL Z REPORT</source>
      <translation>RAPORO Z Y'IMISORO</translation>
    </message>
    <message>
      <source>FISCAL X REPORT — day so far</source>
      <translation>RAPORO X Y'IMISORO — umunsi ugikomeje</translation>
    </message>
    <message>
      <source>Receipts</source>
      <translation>Inyemezabwishyu</translation>
    </message>
    <message>
      <source>Total {type}-{rate}</source>
      <translation>Igiteranyo {type}-{rate}</translation>
    </message>
    <message>
      <source>Client TIN: {tin}</source>
      <translation>TIN y'umukiriya: {tin}</translation>
    </message>
    <message>
      <source>Total</source>
      <translation>Igiteranyo</translation>
    </message>
    <message>
      <source>Taxable {type} / tax</source>
      <translation>Gisoreshwa {type} / umusoro</translation>
    </message>
    <message>
      <source>Waiting for the controller</source>
      <translation>Bitegereje igenzura</translation>
    </message>
    <message>
      <source>Rejected by the controller</source>
      <translation>Byanzwe n'igenzura</translation>
    </message>
    <message>
      <source>Copies printed</source>
      <translation>Kopi zacapwe</translation>
    </message>
    <message>
      <source>Total tax {type}</source>
      <translation>Igiteranyo cy'umusoro {type}</translation>
    </message>
    <message>
      <source>REFUND</source>
      <translation>ISUBIZWA RY'AMAFARANGA</translation>
    </message>
    <message>
      <source>Ref. normal receipt: {number}</source>
      <translation>Inyemezabwishyu isanzwe: {number}</translation>
    </message>
    <message>
      <source>Copy of receipt {number}</source>
      <translation>Kopi y'inyemezabwishyu {number}</translation>
    </message>
    <message>
      <source>Order</source>
      <translation>Komande</translation>
    </message>
    <message>
      <source>TOTAL</source>
      <translation>IGITERANYO</translation>
    </message>
    <message>
      <source>Total tax</source>
      <translation>Igiteranyo cy'umusoro</translation>
    </message>
    <message>
      <source>Payment</source>
      <translation>Ubwishyu</translation>
    </message>
    <message>
      <source>Z report</source>
      <translation>Raporo Z</translation>
    </message>
    <message>
      <source>X report</source>
      <translation>Raporo X</translation>
    </message>
    <message>
      <source>bed {bed}</source>
      <translation>igitanda {bed}</translation>
    </message>
    <message>
      <source>guest meal</source>
      <translation>ifunguro ry'umushyitsi</translation>
    </message>
    <message>
      <source>LATE TRAY</source>
      <translation>ISAHANI YATINZE</translation>
    </message>
    <message>
      <source>Diet: {diet}</source>
      <translation>Indyo: {diet}</translation>
    </message>
    <message>
      <source>Texture: {texture} · Drinks: {drink}</source>
      <translation>Imiterere: {texture} · Ibinyobwa: {drink}</translation>
    </message>
    <message>
      <source>ALLERGENS: {list}</source>
      <translation>IBITERA ALERIJI: {list}</translation>
    </message>
    <message>
      <source>Notes: {notes}</source>
      <translation>Icyitonderwa: {notes}</translation>
    </message>
    <message>
      <source>Dishes: {dishes}</source>
      <translation>Ibiryo: {dishes}</translation>
    </message>
    <message>
      <source>Deliver by {time}</source>
      <translation>Bigezwe aho bijya mbere ya {time}</translation>
    </message>
    <message>
      <source>No trays for this meal.</source>
      <translation>Nta sahani z'iri funguro.</translation>
    </message>
    <message>
      <source>Ward round — {meal} {day}</source>
      <translation>Uruzinduko muri serivisi — {meal} {day}</translation>
    </message>
    <message>
      <source>{ward}: orders close {time}</source>
      <translation>{ward}: komande zifunga saa {time}</translation>
    </message>
    <message>
      <source>Ward / bed</source>
      <translation>Serivisi / igitanda</translation>
    </message>
    <message>
      <source>Patient</source>
      <translation>Umurwayi</translation>
    </message>
    <message>
      <source>Diet</source>
      <translation>Indyo</translation>
    </message>
    <message>
      <source>Texture / drinks</source>
      <translation>Imiterere / ibinyobwa</translation>
    </message>
    <message>
      <source>Allergens</source>
      <translation>Ibitera aleriji</translation>
    </message>
    <message>
      <source>Ordered</source>
      <translation>Byatumijwe</translation>
    </message>
    <message>
      <source>NPO {until}</source>
      <translation>Ntarya ntanywa {until}</translation>
    </message>
    <message>
      <source>NO ORDER YET</source>
      <translation>NTA KOMANDE IRATANGWA</translation>
    </message>
    <message>
      <source>call first (high risk)</source>
      <translation>banza uhamagare (ibyago byinshi)</translation>
    </message>
    <message numerus="yes">
      <source>+ %n guest tray(s)</source>
      <translation>
        <numerusform>+ isahani %n y'umushyitsi</numerusform>
        <numerusform>+ amasahani %n y'abashyitsi</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n patient(s) · {missing} without an order · ⚠ = high-risk diet: call before the cut-off</source>
      <translation>
        <numerusform>Umurwayi %n · {missing} nta komande · ⚠ = indyo y'ibyago: hamagara mbere y'igihe ntarengwa</numerusform>
        <numerusform>Abarwayi %n · {missing} nta komande · ⚠ = indyo y'ibyago: hamagara mbere y'igihe ntarengwa</numerusform>
      </translation>
    </message>
    <message>
      <source>Tray tickets</source>
      <translation>Udupapuro tw'isahani</translation>
    </message>
    <message>
      <source>Ward round</source>
      <translation>Uruzinduko muri serivisi</translation>
    </message>
    <message>
      <source>Guest: {name}</source>
      <translation>Umushyitsi: {name}</translation>
    </message>
    <message>
      <source>Patient's own meal</source>
      <translation>Ifunguro ry'umurwayi ubwe</translation>
    </message>
    <message>
      <source>Settlement &lt;b&gt;S-{number}&lt;/b&gt;&lt;br&gt;{when}&lt;br&gt;Patient: {patient} ({reference})&lt;br&gt;{ward}, bed {bed}&lt;br&gt;Settled at discharge by: {staff}</source>
      <translation>Kwishyura &lt;b&gt;S-{number}&lt;/b&gt;&lt;br&gt;{when}&lt;br&gt;Umurwayi: {patient} ({reference})&lt;br&gt;{ward}, igitanda {bed}&lt;br&gt;Byakiriwe asezererwa na: {staff}</translation>
    </message>
    <message>
      <source>Meals charged to the patient's account&lt;br&gt;Amounts in RWF</source>
      <translation>Amafunguro yashyizwe ku ideni ry'umurwayi&lt;br&gt;Amafaranga ari muri RWF</translation>
    </message>
    <message>
      <source>Settlement</source>
      <translation>Kwishyura ideni</translation>
    </message>
    <message>
      <source>Statement for {month}</source>
      <translation>Raporo y'ukwezi kwa {month}</translation>
    </message>
    <message>
      <source>Orders placed under the partner's contracts in the month (hospital time), excluding cancelled and refunded orders. Amounts in RWF.</source>
      <translation>Komande zatanzwe hakurikijwe amasezerano y'umufatanyabikorwa muri uku kwezi (isaha y'ibitaro), hatabariwemo izahagaritswe n'izasubijwe amafaranga. Amafaranga ari muri RWF.</translation>
    </message>
    <message>
      <source>Employee no.</source>
      <translation>Nomero y'umukozi</translation>
    </message>
    <message>
      <source>Name</source>
      <translation>Izina</translation>
    </message>
    <message>
      <source>Orders</source>
      <translation>Komande</translation>
    </message>
    <message>
      <source>Owed by the company</source>
      <translation>Ibyo ikigo kigomba kwishyura</translation>
    </message>
    <message>
      <source>Paid by the employee</source>
      <translation>Byishyuwe n'umukozi</translation>
    </message>
  </context>
  <context>
    <name>AccountPage</name>
    <message>
      <source>&amp;Language of my screens</source>
      <translation>&amp;Ururimi rwa mudasobwa yanjye</translation>
    </message>
    <message>
      <source>&amp;Current password</source>
      <translation>Ijambo ry'ibanga &amp;risanzwe</translation>
    </message>
    <message>
      <source>&amp;New password</source>
      <translation>Ijambo ry'ibanga &amp;rishya</translation>
    </message>
    <message>
      <source>Con&amp;firm new password</source>
      <translation>&amp;Emeza ijambo ry'ibanga rishya</translation>
    </message>
    <message>
      <source>Change password</source>
      <translation>Hindura ijambo ry'ibanga</translation>
    </message>
    <message>
      <source>Change your password</source>
      <translation>Hindura ijambo ryawe ry'ibanga</translation>
    </message>
    <message>
      <source>The two new passwords differ.</source>
      <translation>Amagambo y'ibanga mashya yombi ntasa.</translation>
    </message>
    <message>
      <source>Your password was changed.</source>
      <translation>Ijambo ryawe ry'ibanga ryahinduwe.</translation>
    </message>
  </context>
  <context>
    <name>AddonDialog</name>
    <message>
      <source>Add-on for {0}</source>
      <translation>Inyongera kuri {0}</translation>
    </message>
    <message>
      <source>&amp;Name</source>
      <translation>&amp;Izina</translation>
    </message>
    <message>
      <source>P&amp;ricing</source>
      <translation>Uko &amp;kibarwa</translation>
    </message>
    <message>
      <source>&amp;Price (RWF)</source>
      <translation>&amp;Igiciro (RWF)</translation>
    </message>
  </context>
  <context>
    <name>AdmissionsTab</name>
    <message>
      <source>All wards</source>
      <translation>Serivisi zose</translation>
    </message>
    <message>
      <source>Ward</source>
      <translation>Serivisi</translation>
    </message>
    <message>
      <source>Bed</source>
      <translation>Igitanda</translation>
    </message>
    <message>
      <source>Patient</source>
      <translation>Umurwayi</translation>
    </message>
    <message>
      <source>Admitted</source>
      <translation>Yakiriwe</translation>
    </message>
    <message>
      <source>Choose a patient to see the diet order.</source>
      <translation>Hitamo umurwayi urebe indyo yategetswe.</translation>
    </message>
    <message>
      <source>&amp;Admit…</source>
      <translation>&amp;Kwakira…</translation>
    </message>
    <message>
      <source>&amp;Transfer…</source>
      <translation>&amp;Kwimura…</translation>
    </message>
    <message>
      <source>&amp;Discharge…</source>
      <translation>&amp;Gusezerera…</translation>
    </message>
    <message>
      <source>Diet &amp;order…</source>
      <translation>&amp;Indyo yategetswe…</translation>
    </message>
    <message>
      <source>regular</source>
      <translation>isanzwe</translation>
    </message>
    <message>
      <source>Diet: {diets}</source>
      <translation>Indyo: {diets}</translation>
    </message>
    <message>
      <source>Texture: {t} · drinks: {d}</source>
      <translation>Imiterere: {t} · ibinyobwa: {d}</translation>
    </message>
    <message>
      <source>NPO until {until} ({reason})</source>
      <translation>Ntarya ntanywa kugeza {until} ({reason})</translation>
    </message>
    <message>
      <source>Allergens: {list}</source>
      <translation>Ibitera aleriji: {list}</translation>
    </message>
    <message>
      <source>Written by {who}, {when}</source>
      <translation>Byanditswe na {who}, {when}</translation>
    </message>
    <message>
      <source>{patient} admitted to {place}.</source>
      <translation>{patient} yakiriwe muri {place}.</translation>
    </message>
    <message>
      <source>{patient} moved to {place}; pending trays follow.</source>
      <translation>{patient} yimuriwe muri {place}; amasahani ategerejwe aramukurikira.</translation>
    </message>
    <message>
      <source>{patient} discharged.</source>
      <translation>{patient} yasezerewe.</translation>
    </message>
    <message>
      <source>Diet order saved.</source>
      <translation>Indyo yategetswe yabitswe.</translation>
    </message>
  </context>
  <context>
    <name>AdmitDialog</name>
    <message>
      <source>Admit a patient</source>
      <translation>Kwakira umurwayi</translation>
    </message>
    <message>
      <source>Admit</source>
      <translation>Kwakira</translation>
    </message>
    <message>
      <source>Patient</source>
      <translation>Umurwayi</translation>
    </message>
    <message>
      <source>Ward</source>
      <translation>Serivisi</translation>
    </message>
    <message>
      <source>Bed</source>
      <translation>Igitanda</translation>
    </message>
    <message>
      <source>Guest trays a meal on account</source>
      <translation>Amasahani y'abashyitsi kuri buri funguro, ku ideni</translation>
    </message>
    <message>
      <source>Find the patient first.</source>
      <translation>Banza ushake umurwayi.</translation>
    </message>
  </context>
  <context>
    <name>ApproveLateDialog</name>
    <message>
      <source>Approve late tray {number}</source>
      <translation>Emeza isahani yatinze {number}</translation>
    </message>
    <message>
      <source>Approve</source>
      <translation>Emeza</translation>
    </message>
    <message>
      <source>For</source>
      <translation>Kuri</translation>
    </message>
    <message>
      <source>Why</source>
      <translation>Impamvu</translation>
    </message>
  </context>
  <context>
    <name>AuditPage</name>
    <message>
      <source>{who} placed order {record} ({total_rwf})</source>
      <translation>{who} yatanze komande {record} ({total_rwf})</translation>
    </message>
    <message>
      <source>Order {record} moved from {old} to {new} by {who}</source>
      <translation>Komande {record} yavuye kuri {old} ijya kuri {new} na {who}</translation>
    </message>
    <message>
      <source>Order {record} cancelled by {who}: {reason}</source>
      <translation>Komande {record} yahagaritswe na {who}: {reason}</translation>
    </message>
    <message>
      <source>Order {record} refunded by {who}: {reason}</source>
      <translation>Komande {record} yasubijwe amafaranga na {who}: {reason}</translation>
    </message>
    <message>
      <source>Order {record} placed by {who} despite a warning: {reason}</source>
      <translation>Komande {record} yatanzwe na {who} nubwo yari yaburiwe: {reason}</translation>
    </message>
    <message>
      <source>{who} registered {record} as {kind}</source>
      <translation>{who} yanditse {record} nka {kind}</translation>
    </message>
    <message>
      <source>{who} changed {fields} of {record}</source>
      <translation>{who} yahinduye {fields} bya {record}</translation>
    </message>
    <message>
      <source>{who} signed in</source>
      <translation>{who} yinjiye</translation>
    </message>
    <message>
      <source>Wrong password for “{username}”</source>
      <translation>Ijambo ry'ibanga ritari ryo rya “{username}”</translation>
    </message>
    <message>
      <source>{record} tried to sign in while locked out</source>
      <translation>{record} yagerageje kwinjira konti ifunze</translation>
    </message>
    <message>
      <source>{record} tried to sign in while deactivated</source>
      <translation>{record} yagerageje kwinjira konti yarahagaritswe</translation>
    </message>
    <message>
      <source>{record} locked out after five wrong passwords</source>
      <translation>{record} yafungiwe nyuma y'amagambo y'ibanga atanu atari yo</translation>
    </message>
    <message>
      <source>{record} was created as the first administrator</source>
      <translation>{record} yashyizweho nk'umuyobozi wa mbere wa sisitemu</translation>
    </message>
    <message>
      <source>{who} created the account of {record} ({role})</source>
      <translation>{who} yafunguriye konti {record} ({role})</translation>
    </message>
    <message>
      <source>{who} changed the role of {record} from {old} to {new}</source>
      <translation>{who} yahinduye inshingano za {record} kuva kuri {old} kugera kuri {new}</translation>
    </message>
    <message>
      <source>{who} reset the password of {record}</source>
      <translation>{who} yasubiyemo ijambo ry'ibanga rya {record}</translation>
    </message>
    <message>
      <source>{who} unlocked {record}</source>
      <translation>{who} yafunguye konti ya {record}</translation>
    </message>
    <message>
      <source>{who} deactivated {record}</source>
      <translation>{who} yahagaritse {record}</translation>
    </message>
    <message>
      <source>{who} reactivated {record}</source>
      <translation>{who} yongeye gukoresha konti ya {record}</translation>
    </message>
    <message>
      <source>{who} chose to work in {language}</source>
      <translation>{who} yahisemo gukoresha {language}</translation>
    </message>
    <message>
      <source>{who} chose a new password</source>
      <translation>{who} yahisemo ijambo ry'ibanga rishya</translation>
    </message>
    <message>
      <source>The password of {record} was stored with today's stronger hash</source>
      <translation>Ijambo ry'ibanga rya {record} ryabitswe mu buryo bushya bukomeye</translation>
    </message>
    <message>
      <source>{who} opened ticket {record} ({priority})</source>
      <translation>{who} yatanze ikibazo {record} ({priority})</translation>
    </message>
    <message>
      <source>{who} assigned ticket {record}</source>
      <translation>{who} yahaye umuntu ikibazo {record}</translation>
    </message>
    <message>
      <source>Ticket {record} moved from {old} to {new} by {who}</source>
      <translation>Ikibazo {record} cyavuye kuri {old} kijya kuri {new} na {who}</translation>
    </message>
    <message>
      <source>{who} changed the priority of ticket {record} from {old} to {new}</source>
      <translation>{who} yahinduye uburemere bw'ikibazo {record} kuva kuri {old} kugera kuri {new}</translation>
    </message>
    <message>
      <source>{who} subscribed {record} to {plan}</source>
      <translation>{who} yahaye {record} ifatabuguzi rya {plan}</translation>
    </message>
    <message>
      <source>{who} paused the subscription of {record}</source>
      <translation>{who} yahagaritse by'agateganyo ifatabuguzi rya {record}</translation>
    </message>
    <message>
      <source>{who} resumed the subscription of {record}</source>
      <translation>{who} yasubukuye ifatabuguzi rya {record}</translation>
    </message>
    <message>
      <source>{who} cancelled the subscription of {record}: {reason}</source>
      <translation>{who} yahagaritse ifatabuguzi rya {record}: {reason}</translation>
    </message>
    <message>
      <source>{who} charged {charges} subscription periods</source>
      <translation>{who} yishyuje ibihe {charges} by'amafatabuguzi</translation>
    </message>
    <message>
      <source>{who} booked a consultation for {record} with {nutritionist}</source>
      <translation>{who} yafatiye {record} gahunda y'ubujyanama na {nutritionist}</translation>
    </message>
    <message>
      <source>{who} moved the consultation of {record}</source>
      <translation>{who} yimuye gahunda y'ubujyanama ya {record}</translation>
    </message>
    <message>
      <source>{who} cancelled the consultation of {record}: {reason}</source>
      <translation>{who} yahagaritse gahunda y'ubujyanama ya {record}: {reason}</translation>
    </message>
    <message>
      <source>{who} marked the consultation of {record} completed</source>
      <translation>{who} yemeje ko ubujyanama bwa {record} bwarangiye</translation>
    </message>
    <message>
      <source>{who} marked {record} as not come to the consultation</source>
      <translation>{who} yanditse ko {record} atitabiriye ubujyanama</translation>
    </message>
    <message>
      <source>{who} opened a {category} meal plan for {record}</source>
      <translation>{who} yateguriye {record} gahunda y'imirire ya {category}</translation>
    </message>
    <message>
      <source>The meal plan of {record} moved to {new} by {who}</source>
      <translation>Gahunda y'imirire ya {record} yashyizwe kuri {new} na {who}</translation>
    </message>
    <message>
      <source>{who} logged catering request {record} (estimate {estimate_rwf})</source>
      <translation>{who} yanditse ubusabe bwo kugaburira ibirori {record} (igereranya {estimate_rwf})</translation>
    </message>
    <message>
      <source>Catering request {record} quoted by {who} ({quoted_price_rwf})</source>
      <translation>Ubusabe bwo kugaburira ibirori {record} bwashyiriweho igiciro na {who} ({quoted_price_rwf})</translation>
    </message>
    <message>
      <source>Catering request {record} confirmed by {who}</source>
      <translation>Ubusabe bwo kugaburira ibirori {record} bwemejwe na {who}</translation>
    </message>
    <message>
      <source>Catering request {record} completed by {who}</source>
      <translation>Ubusabe bwo kugaburira ibirori {record} bwarangijwe na {who}</translation>
    </message>
    <message>
      <source>Catering request {record} cancelled by {who}</source>
      <translation>Ubusabe bwo kugaburira ibirori {record} bwahagaritswe na {who}</translation>
    </message>
    <message>
      <source>{who} saved the dish {record} ({price_rwf})</source>
      <translation>{who} yabitse ibiryo {record} ({price_rwf})</translation>
    </message>
    <message>
      <source>{who} set whether {record} is available</source>
      <translation>{who} yagaragaje niba {record} bihari</translation>
    </message>
    <message>
      <source>{who} saved the corporate partner {record}</source>
      <translation>{who} yabitse umufatanyabikorwa {record}</translation>
    </message>
    <message>
      <source>{who} changed {fields} of the corporate partner {record}</source>
      <translation>{who} yahinduye {fields} by'umufatanyabikorwa {record}</translation>
    </message>
    <message>
      <source>{who} saved the contract {record}</source>
      <translation>{who} yabitse amasezerano {record}</translation>
    </message>
    <message>
      <source>{who} enrolled employee {record}</source>
      <translation>{who} yanditse umukozi {record}</translation>
    </message>
    <message>
      <source>{who} imported {rows} employees for {record}</source>
      <translation>{who} yinjije abakozi {rows} ba {record}</translation>
    </message>
    <message>
      <source>{who} imported {orders} orders from {file}</source>
      <translation>{who} yinjije komande {orders} zivuye muri {file}</translation>
    </message>
    <message>
      <source>{who} imported {rows} revenue targets from {file}</source>
      <translation>{who} yinjije intego {rows} z'amafaranga yinjira zivuye muri {file}</translation>
    </message>
    <message>
      <source>{who} set the weekly hours of {record}</source>
      <translation>{who} yashyizeho amasaha y'icyumweru ya {record}</translation>
    </message>
    <message>
      <source>{who} added time off for {record}</source>
      <translation>{who} yongeyeho ikiruhuko cya {record}</translation>
    </message>
    <message>
      <source>{who} saved the meal package {record}</source>
      <translation>{who} yabitse ipaki y'amafunguro {record}</translation>
    </message>
    <message>
      <source>{who} saved the catering package {record} ({price_per_person_rwf} per person)</source>
      <translation>{who} yabitse ifunguro ry'ibirori {record} ({price_per_person_rwf} ku muntu)</translation>
    </message>
    <message>
      <source>{who} saved the add-on {addon} ({price_rwf}) of the catering package {record}</source>
      <translation>{who} yabitse inyongera {addon} ({price_rwf}) y'ifunguro ry'ibirori {record}</translation>
    </message>
    <message>
      <source>{who} marked employee {record} as having left</source>
      <translation>{who} yanditse ko umukozi {record} yagiye</translation>
    </message>
    <message>
      <source>{who} marked employee {record} as back</source>
      <translation>{who} yanditse ko umukozi {record} yagarutse</translation>
    </message>
    <message>
      <source>{who} admitted {record} to {ward}, bed {bed}</source>
      <translation>{who} yakiriye {record} muri {ward}, igitanda {bed}</translation>
    </message>
    <message>
      <source>{who} moved {record} to {ward}, bed {bed}</source>
      <translation>{who} yimuriye {record} muri {ward}, igitanda {bed}</translation>
    </message>
    <message>
      <source>{who} discharged {record} ({settled_rwf} settled)</source>
      <translation>{who} yasezereye {record} ({settled_rwf} yishyuwe)</translation>
    </message>
    <message>
      <source>Order {record} placed by {who} outside the patient's diet order: {reason}</source>
      <translation>Komande {record} yatanzwe na {who} itari mu ndyo yategetswe umurwayi: {reason}</translation>
    </message>
    <message>
      <source>{who} ordered a late tray for {record}: {reason}</source>
      <translation>{who} yatumije isahani itinze ya {record}: {reason}</translation>
    </message>
    <message>
      <source>{who} approved the late tray of {record}</source>
      <translation>{who} yemeje isahani itinze ya {record}</translation>
    </message>
    <message>
      <source>{who} refused the late tray of {record}: {reason}</source>
      <translation>{who} yanze isahani itinze ya {record}: {reason}</translation>
    </message>
    <message>
      <source>{who} confirmed a second tray for {record} at the same meal: {reason}</source>
      <translation>{who} yemeje isahani ya kabiri ya {record} ku ifunguro rimwe: {reason}</translation>
    </message>
    <message>
      <source>The tray of {record} marked {new} by {who}</source>
      <translation>Isahani ya {record} yashyizwe kuri {new} na {who}</translation>
    </message>
    <message>
      <source>{who} set the IDDSI levels {record} is served at</source>
      <translation>{who} yashyizeho ibyiciro bya IDDSI {record} itangwamo</translation>
    </message>
    <message>
      <source>{who} set the textures {record} can be served at</source>
      <translation>{who} yashyizeho imiterere {record} ishobora gutangwamo</translation>
    </message>
    <message>
      <source>{who} set {record} to be served {serves_from}–{serves_until}, ordered until {cutoff}</source>
      <translation>{who} yashyizeho ko {record} itangwa {serves_from}–{serves_until}, igatumizwa kugeza {cutoff}</translation>
    </message>
    <message>
      <source>{who} set the {meal} order cut-off of {record} to {cutoff}</source>
      <translation>{who} yashyizeho ko komande za {meal} muri {record} zifunga saa {cutoff}</translation>
    </message>
    <message>
      <source>{who} saved the ward {record}</source>
      <translation>{who} yabitse serivisi {record}</translation>
    </message>
    <message>
      <source>{who} opened shift {record} at {desk} with a float of {opening_float_rwf}</source>
      <translation>{who} yafunguye igihe cy'akazi {record} kuri {desk} afite {opening_float_rwf} zo gutangiza</translation>
    </message>
    <message>
      <source>{who} counted the drawer of shift {record} (variance {variance_rwf})</source>
      <translation>{who} yabaruye amafaranga ya kesi y'igihe cy'akazi {record} (ikinyuranyo {variance_rwf})</translation>
    </message>
    <message>
      <source>{who} approved a variance of {variance_rwf} on shift {record}: {reason}</source>
      <translation>{who} yemeje ikinyuranyo cya {variance_rwf} ku gihe cy'akazi {record}: {reason}</translation>
    </message>
    <message>
      <source>{who} force-closed shift {record} at {desk}: {reason}</source>
      <translation>{who} yafunze ku ngufu igihe cy'akazi {record} kuri {desk}: {reason}</translation>
    </message>
    <message>
      <source>{who} set the till's variance threshold to {variance_threshold_rwf}</source>
      <translation>{who} yashyizeho urugero rw'ikinyuranyo cya kesi kuri {variance_threshold_rwf}</translation>
    </message>
    <message>
      <source>{who} saved the statement columns of {record}</source>
      <translation>{who} yabitse inkingi z'inyandiko ya konti ya {record}</translation>
    </message>
    <message>
      <source>{who} reconciled the {provider} statement {file}</source>
      <translation>{who} yagereranyije inyandiko ya konti ya {provider} {file}</translation>
    </message>
    <message>
      <source>{who} resolved a statement line ({resolution}): {note}</source>
      <translation>{who} yakemuye umurongo w'inyandiko ya konti ({resolution}): {note}</translation>
    </message>
    <message>
      <source>{who} configured the fiscal device at {url} ({mode})</source>
      <translation>{who} yashyizeho igikoresho cy'imisoro kuri {url} ({mode})</translation>
    </message>
    <message>
      <source>The controller refused fiscal receipt {record}: {error}</source>
      <translation>Igenzura ryanze inyemezabwishyu y'imisoro {record}: {error}</translation>
    </message>
    <message>
      <source>{who} printed a copy of fiscal receipt {record}</source>
      <translation>{who} yasohoye kopi y'inyemezabwishyu y'imisoro {record}</translation>
    </message>
    <message>
      <source>order</source>
      <translation>komande</translation>
    </message>
    <message>
      <source>customer</source>
      <translation>umukiriya</translation>
    </message>
    <message>
      <source>ticket</source>
      <translation>ikibazo</translation>
    </message>
    <message>
      <source>account</source>
      <translation>konti</translation>
    </message>
    <message>
      <source>nutritionist</source>
      <translation>impuguke mu mirire</translation>
    </message>
    <message>
      <source>catering request</source>
      <translation>ubusabe bwo kugaburira ibirori</translation>
    </message>
    <message>
      <source>catering package</source>
      <translation>ipaki yo kugaburira ibirori</translation>
    </message>
    <message>
      <source>corporate partner</source>
      <translation>umufatanyabikorwa</translation>
    </message>
    <message>
      <source>contract</source>
      <translation>amasezerano</translation>
    </message>
    <message>
      <source>employee</source>
      <translation>umukozi</translation>
    </message>
    <message>
      <source>dish</source>
      <translation>ibiryo</translation>
    </message>
    <message>
      <source>meal package</source>
      <translation>ipaki y'amafunguro</translation>
    </message>
    <message>
      <source>subscription</source>
      <translation>ifatabuguzi</translation>
    </message>
    <message>
      <source>meal plan</source>
      <translation>gahunda y'imirire</translation>
    </message>
    <message>
      <source>consultation</source>
      <translation>ubujyanama</translation>
    </message>
    <message>
      <source>orders</source>
      <translation>komande</translation>
    </message>
    <message>
      <source>revenue targets</source>
      <translation>intego z'amafaranga yinjira</translation>
    </message>
    <message>
      <source>patient's stay</source>
      <translation>igihe umurwayi amara mu bitaro</translation>
    </message>
    <message>
      <source>tray</source>
      <translation>isahani</translation>
    </message>
    <message>
      <source>ward</source>
      <translation>serivisi</translation>
    </message>
    <message>
      <source>meal</source>
      <translation>ifunguro</translation>
    </message>
    <message>
      <source>shift</source>
      <translation>igihe cy'akazi</translation>
    </message>
    <message>
      <source>till settings</source>
      <translation>igenamiterere rya kesi</translation>
    </message>
    <message>
      <source>statement columns</source>
      <translation>inkingi z'inyandiko ya konti</translation>
    </message>
    <message>
      <source>statement</source>
      <translation>inyandiko ya konti</translation>
    </message>
    <message>
      <source>statement line</source>
      <translation>umurongo w'inyandiko ya konti</translation>
    </message>
    <message>
      <source>fiscal device</source>
      <translation>igikoresho cy'imisoro</translation>
    </message>
    <message>
      <source>fiscal receipt</source>
      <translation>inyemezabwishyu y'imisoro</translation>
    </message>
    <message>
      <source>{action} — {record}, by {who}</source>
      <translation>{action} — {record}, na {who}</translation>
    </message>
    <message>
      <source>When</source>
      <translation>Igihe</translation>
    </message>
    <message>
      <source>What happened</source>
      <translation>Ibyabaye</translation>
    </message>
    <message>
      <source>Record</source>
      <translation>Inyandiko</translation>
    </message>
    <message>
      <source>Search who, action, record or details</source>
      <translation>Shakisha umuntu, igikorwa, inyandiko cyangwa ibisobanuro</translation>
    </message>
    <message>
      <source>Open {record}</source>
      <translation>Fungura {record}</translation>
    </message>
  </context>
  <context>
    <name>AvailabilityPage</name>
    <message>
      <source>Day</source>
      <translation>Umunsi</translation>
    </message>
    <message>
      <source>From</source>
      <translation>Kuva</translation>
    </message>
    <message>
      <source>To</source>
      <translation>Kugeza</translation>
    </message>
    <message>
      <source> RWF</source>
      <translation> RWF</translation>
    </message>
    <message>
      <source>&amp;Add interval</source>
      <translation>&amp;Ongeraho igihe</translation>
    </message>
    <message>
      <source>&amp;Remove interval</source>
      <translation>&amp;Kuraho igihe</translation>
    </message>
    <message>
      <source>&amp;Save week</source>
      <translation>&amp;Bika icyumweru</translation>
    </message>
    <message>
      <source>Reason</source>
      <translation>Impamvu</translation>
    </message>
    <message>
      <source>whole day(s)</source>
      <translation>umunsi wose</translation>
    </message>
    <message>
      <source>reason, e.g. training</source>
      <translation>impamvu, urugero: amahugurwa</translation>
    </message>
    <message>
      <source>Add &amp;time off</source>
      <translation>Ongeraho &amp;ikiruhuko</translation>
    </message>
    <message>
      <source>&amp;Nutritionist</source>
      <translation>&amp;Impuguke mu mirire</translation>
    </message>
    <message>
      <source>Consultation &amp;fee</source>
      <translation>&amp;Igiciro cy'ubujyanama</translation>
    </message>
    <message>
      <source>to</source>
      <translation>kugeza</translation>
    </message>
    <message>
      <source>&lt;b&gt;Weekly availability&lt;/b&gt; (hospital time; whole or half hours)</source>
      <translation>&lt;b&gt;Amasaha y'icyumweru&lt;/b&gt; (isaha y'ibitaro; amasaha yuzuye cyangwa igice cy'isaha)</translation>
    </message>
    <message>
      <source>&lt;b&gt;Time off&lt;/b&gt;</source>
      <translation>&lt;b&gt;Ibiruhuko&lt;/b&gt;</translation>
    </message>
    <message>
      <source>There is no schedule here you may edit.</source>
      <translation>Nta gahunda iri hano ushobora guhindura.</translation>
    </message>
    <message>
      <source>Monday</source>
      <translation>Kuwa mbere</translation>
    </message>
    <message>
      <source>Tuesday</source>
      <translation>Kuwa kabiri</translation>
    </message>
    <message>
      <source>Wednesday</source>
      <translation>Kuwa gatatu</translation>
    </message>
    <message>
      <source>Thursday</source>
      <translation>Kuwa kane</translation>
    </message>
    <message>
      <source>Friday</source>
      <translation>Kuwa gatanu</translation>
    </message>
    <message>
      <source>Saturday</source>
      <translation>Kuwa gatandatu</translation>
    </message>
    <message>
      <source>Sunday</source>
      <translation>Ku cyumweru</translation>
    </message>
    <message>
      <source>Week saved; the calendar shows the new slots.</source>
      <translation>Icyumweru cyabitswe; kalendari irerekana amasaha mashya.</translation>
    </message>
    <message>
      <source>Time off added.</source>
      <translation>Ikiruhuko cyongeweho.</translation>
    </message>
  </context>
  <context>
    <name>BiDashboard</name>
    <message>
      <source>&amp;Refresh</source>
      <translation>&amp;Vugurura</translation>
    </message>
    <message>
      <source>Export &amp;PDF…</source>
      <translation>Bika nka &amp;PDF…</translation>
    </message>
    <message>
      <source>CSV</source>
      <translation>CSV</translation>
    </message>
    <message>
      <source>Cohort retention: share of each month's new customers who ordered again k months later</source>
      <translation>Abakiriya bagarutse: ingano y'abakiriya bashya ba buri kwezi bongeye gutumiza nyuma y'amezi k</translation>
    </message>
    <message>
      <source>The period must end after it starts.</source>
      <translation>Igihe kigomba kurangira nyuma y'uko gitangiye.</translation>
    </message>
    <message>
      <source>As of {moment} — provisional, month to date; * marks a month not yet over, and the cohort cells of that month</source>
      <translation>Kugeza {moment} — by'agateganyo, ukwezi kugikomeje; * igaragaza ukwezi kutararangira, n'imbonerahamwe z'abakiriya b'uko kwezi</translation>
    </message>
    <message>
      <source>As of {moment}</source>
      <translation>Kugeza {moment}</translation>
    </message>
    <message>
      <source>No counted orders in this period.</source>
      <translation>Nta komande zabazwe muri iki gihe.</translation>
    </message>
    <message>
      <source>not cancelled or refunded</source>
      <translation>hatabariwemo izahagaritswe n'izasubijwe amafaranga</translation>
    </message>
    <message>
      <source>after discounts, both shares</source>
      <translation>nyuma y'igabanuka, imigabane yombi</translation>
    </message>
    <message>
      <source>order revenue ÷ orders</source>
      <translation>amafaranga ya komande ÷ komande</translation>
    </message>
    <message>
      <source>of {count} customers of the previous period</source>
      <translation>mu bakiriya {count} b'igihe cyabanje</translation>
    </message>
    <message>
      <source>Nobody ordered in the previous period of the same length.</source>
      <translation>Nta muntu watumije mu gihe cyabanje kingana n'iki.</translation>
    </message>
    <message>
      <source>{churned} of {active} active (N = {days} days)</source>
      <translation>{churned} mu {active} bakora (N = iminsi {days})</translation>
    </message>
    <message>
      <source>Nobody had ordered in the {days} days before the period.</source>
      <translation>Nta muntu wari watumije mu minsi {days} ibanziriza iki gihe.</translation>
    </message>
    <message>
      <source>{churned} of {active} active</source>
      <translation>{churned} mu {active} bakora</translation>
    </message>
    <message>
      <source>No subscription was active at the start of the period.</source>
      <translation>Nta fatabuguzi ryakoraga igihe cyatangiraga.</translation>
    </message>
    <message>
      <source>median {amount}</source>
      <translation>hagati {amount}</translation>
    </message>
    <message>
      <source>No customer has a counted order yet.</source>
      <translation>Nta mukiriya uragira komande ibarwa.</translation>
    </message>
    <message>
      <source>AOV × monthly frequency ÷ monthly churn, 12 months</source>
      <translation>Impuzandengo ya komande × inshuro ku kwezi ÷ abagenda ku kwezi, amezi 12</translation>
    </message>
    <message>
      <source>Needs at least one complete month with churn above zero.</source>
      <translation>Hakenewe nibura ukwezi kumwe kuzuye gufite abagenda barenze zeru.</translation>
    </message>
    <message>
      <source>{actual} of {target}, {months}; day {day} of {days}; projection {projection}</source>
      <translation>{actual} kuri {target}, {months}; umunsi {day} kuri {days}; biteganyijwe {projection}</translation>
    </message>
    <message>
      <source>No revenue target is set for these months.</source>
      <translation>Nta ntego y'amafaranga yinjira yashyizweho kuri aya mezi.</translation>
    </message>
    <message>
      <source>{month}: {figure}</source>
      <translation>{month}: {figure}</translation>
    </message>
    <message>
      <source> (target {amount})</source>
      <translation> (intego {amount})</translation>
    </message>
    <message>
      <source>Target</source>
      <translation>Intego</translation>
    </message>
    <message>
      <source>{month}: {amount} over {orders} orders</source>
      <translation>{month}: {amount} kuri komande {orders}</translation>
    </message>
    <message>
      <source>Save cohort retention</source>
      <translation>Bika imbonerahamwe y'abakiriya bagarutse</translation>
    </message>
    <message>
      <source>Save dashboard</source>
      <translation>Bika imbonerahamwe y'incamake</translation>
    </message>
    <message>
      <source>{start} to {end}. </source>
      <translation>Kuva {start} kugeza {end}. </translation>
    </message>
    <message>
      <source>Dusangire — Business intelligence</source>
      <translation>Dusangire — Isesengura ry'ubucuruzi</translation>
    </message>
    <message>
      <source>Saved {path}</source>
      <translation>Byabitswe: {path}</translation>
    </message>
  </context>
  <context>
    <name>BookingDialog</name>
    <message>
      <source>Book</source>
      <translation>Fata gahunda</translation>
    </message>
    <message>
      <source>&amp;Customer</source>
      <translation>&amp;Umukiriya</translation>
    </message>
    <message>
      <source>&amp;Reason</source>
      <translation>&amp;Impamvu</translation>
    </message>
    <message>
      <source>optional, e.g. diabetes follow-up</source>
      <translation>si ngombwa, urugero: gukurikirana diyabete</translation>
    </message>
    <message>
      <source>Choose the customer first.</source>
      <translation>Banza uhitemo umukiriya.</translation>
    </message>
  </context>
  <context>
    <name>BookingTab</name>
    <message>
      <source>07XXXXXXXX</source>
      <translation>07XXXXXXXX</translation>
    </message>
    <message>
      <source>Choose a package and the number of guests.</source>
      <translation>Hitamo ipaki n'umubare w'abashyitsi.</translation>
    </message>
    <message>
      <source>&amp;Save request</source>
      <translation>&amp;Bika ubusabe</translation>
    </message>
    <message>
      <source>&amp;Package</source>
      <translation>&amp;Ipaki</translation>
    </message>
    <message>
      <source>&amp;Guests</source>
      <translation>&amp;Abashyitsi</translation>
    </message>
    <message>
      <source>&amp;Event date and time</source>
      <translation>&amp;Itariki n'isaha by'ibirori</translation>
    </message>
    <message>
      <source>&amp;Venue</source>
      <translation>&amp;Aho bizabera</translation>
    </message>
    <message>
      <source>&amp;Contact person</source>
      <translation>&amp;Uwo kuvugana na we</translation>
    </message>
    <message>
      <source>Contact &amp;phone</source>
      <translation>&amp;Telefoni y'uwo kuvugana na we</translation>
    </message>
    <message>
      <source>&amp;Organisation</source>
      <translation>&amp;Urwego</translation>
    </message>
    <message>
      <source>&amp;Add-ons</source>
      <translation>&amp;Inyongera</translation>
    </message>
    <message>
      <source>&amp;Notes</source>
      <translation>&amp;Icyitonderwa</translation>
    </message>
    <message>
      <source>Price estimate</source>
      <translation>Igereranya ry'igiciro</translation>
    </message>
    <message>
      <source>{0} — {1} per person, {2}–{3} guests</source>
      <translation>{0} — {1} ku muntu, abashyitsi {2}–{3}</translation>
    </message>
    <message>
      <source>{0} — {1} {2}</source>
      <translation>{0} — {1} {2}</translation>
    </message>
    <message>
      <source>{0} is for {1} to {2} guests.</source>
      <translation>{0} ni iy'abashyitsi {1} kugeza kuri {2}.</translation>
    </message>
    <message>
      <source>Total</source>
      <translation>Igiteranyo</translation>
    </message>
    <message numerus="yes">
      <source>%n guest(s) × {price}</source>
      <translation>
        <numerusform>Umushyitsi %n × {price}</numerusform>
        <numerusform>Abashyitsi %n × {price}</numerusform>
      </translation>
    </message>
    <message>
      <source>(large-group rate)</source>
      <translation>(igiciro cy'itsinda rinini)</translation>
    </message>
    <message>
      <source>Setup</source>
      <translation>Amafaranga yo gutegura</translation>
    </message>
    <message numerus="yes">
      <source>{addon}: %n × {price}</source>
      <translation>
        <numerusform>{addon}: %n × {price}</numerusform>
        <numerusform>{addon}: %n × {price}</numerusform>
      </translation>
    </message>
    <message>
      <source>There is no catering package yet; an administrator adds them.</source>
      <translation>Nta paki yo kugaburira ibirori irashyirwaho; umuyobozi wa sisitemu ni we uzishyiraho.</translation>
    </message>
    <message>
      <source>Request {0} saved — estimate {1}.</source>
      <translation>Ubusabe {0} bwabitswe — igereranya {1}.</translation>
    </message>
  </context>
  <context>
    <name>CalendarPage</name>
    <message>
      <source>&amp;Week</source>
      <translation>&amp;Icyumweru</translation>
    </message>
    <message>
      <source>One nutritionist's week</source>
      <translation>Icyumweru cy'impuguke mu mirire</translation>
    </message>
    <message>
      <source>&amp;Day — everyone</source>
      <translation>&amp;Umunsi — bose</translation>
    </message>
    <message>
      <source>One day across all nutritionists</source>
      <translation>Umunsi umwe ku mpuguke zose mu mirire</translation>
    </message>
    <message>
      <source>&amp;Month</source>
      <translation>&amp;Ukwezi</translation>
    </message>
    <message>
      <source>One nutritionist's month at a glance</source>
      <translation>Ukwezi kw'impuguke mu mirire muri rusange</translation>
    </message>
    <message>
      <source>◀ &amp;Previous</source>
      <translation>◀ &amp;Ibibanza</translation>
    </message>
    <message>
      <source>&amp;Today</source>
      <translation>&amp;Uyu munsi</translation>
    </message>
    <message>
      <source>&amp;Next ▶</source>
      <translation>&amp;Ibikurikira ▶</translation>
    </message>
    <message>
      <source>Mon</source>
      <translation>Mbe</translation>
    </message>
    <message>
      <source>Tue</source>
      <translation>Kab</translation>
    </message>
    <message>
      <source>Wed</source>
      <translation>Gat</translation>
    </message>
    <message>
      <source>Thu</source>
      <translation>Kan</translation>
    </message>
    <message>
      <source>Fri</source>
      <translation>Gnu</translation>
    </message>
    <message>
      <source>Sat</source>
      <translation>Gdt</translation>
    </message>
    <message>
      <source>Sun</source>
      <translation>Cyu</translation>
    </message>
    <message>
      <source>Set consulting &amp;hours…</source>
      <translation>Shyiraho &amp;amasaha y'ubujyanama…</translation>
    </message>
    <message>
      <source>Click a free slot to book · right-click a slot for what you can do · drag a booking onto a free slot to move it</source>
      <translation>Kanda ku gihe kidafite gahunda ufate gahunda · kanda iburyo ku gihe ubone ibyo ushobora gukora · kurura gahunda uyishyire ku gihe kidafite gahunda kugira ngo uyimure</translation>
    </message>
    <message>
      <source>&amp;Who</source>
      <translation>&amp;Nde</translation>
    </message>
    <message>
      <source>No nutritionist on the staff list yet</source>
      <translation>Nta mpuguke mu mirire iri ku rutonde rw'abakozi</translation>
    </message>
    <message>
      <source>&lt;b&gt;You have not set your consulting hours yet&lt;/b&gt;, so nobody can book you. Set your weekly hours once and this calendar fills with 30-minute slots.</source>
      <translation>&lt;b&gt;Ntabwo urashyiraho amasaha yawe y'ubujyanama&lt;/b&gt;, bityo nta muntu ushobora kugufatira gahunda. Shyiraho amasaha yawe y'icyumweru rimwe, maze iyi kalendari yuzure amasaha y'iminota 30.</translation>
    </message>
    <message>
      <source>&lt;b&gt;{names}: no consulting hours set yet&lt;/b&gt;, so nobody can book them. Set their weekly hours in Availability and time off.</source>
      <translation>&lt;b&gt;{names}: nta masaha y'ubujyanama arashyirwaho&lt;/b&gt;, bityo nta muntu ushobora kubafatira gahunda. Shyiraho amasaha yabo y'icyumweru muri Amasaha n'ibiruhuko.</translation>
    </message>
    <message>
      <source>&lt;b&gt;{names}: no consulting hours set yet&lt;/b&gt;, so nobody can book them. Ask them, or an administrator, to set the hours in Availability and time off.</source>
      <translation>&lt;b&gt;{names}: nta masaha y'ubujyanama arashyirwaho&lt;/b&gt;, bityo nta muntu ushobora kubafatira gahunda. Basabe, cyangwa usabe umuyobozi wa sisitemu, gushyiraho amasaha muri Amasaha n'ibiruhuko.</translation>
    </message>
    <message>
      <source>Set my consulting &amp;hours…</source>
      <translation>Shyiraho &amp;amasaha yanjye y'ubujyanama…</translation>
    </message>
    <message>
      <source>No consulting hours set yet</source>
      <translation>Nta masaha y'ubujyanama arashyirwaho</translation>
    </message>
    <message>
      <source>No consulting hours on {weekday}s</source>
      <translation>Nta bujyanama buba {weekday}</translation>
    </message>
    <message>
      <source>Time off: {reason}</source>
      <translation>Ikiruhuko: {reason}</translation>
    </message>
    <message>
      <source>Time off</source>
      <translation>Ikiruhuko</translation>
    </message>
    <message>
      <source>free</source>
      <translation>nta gahunda</translation>
    </message>
    <message>
      <source>no-show: </source>
      <translation>ntiyaje: </translation>
    </message>
    <message>
      <source>cancelled: {name}</source>
      <translation>yahagaritswe: {name}</translation>
    </message>
    <message>
      <source>(a booking for {name} was cancelled)</source>
      <translation>(gahunda ya {name} yahagaritswe)</translation>
    </message>
    <message>
      <source>{day}
● today</source>
      <translation>{day}
● uyu munsi</translation>
    </message>
    <message>
      <source>Today</source>
      <translation>Uyu munsi</translation>
    </message>
    <message>
      <source>Not consulting at this time</source>
      <translation>Nta bujyanama kuri iyi saha</translation>
    </message>
    <message>
      <source>Double-click or Enter: the week of {day}</source>
      <translation>Kanda kabiri cyangwa Enter: icyumweru cya {day}</translation>
    </message>
    <message>
      <source>{month} — {name}</source>
      <translation>{month} — {name}</translation>
    </message>
    <message numerus="yes">
      <source>%n booked</source>
      <translation>
        <numerusform>%n yafashwe</numerusform>
        <numerusform>%n zafashwe</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n free</source>
      <translation>
        <numerusform>%n idafite gahunda</numerusform>
        <numerusform>%n zidafite gahunda</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n seen or missed</source>
      <translation>
        <numerusform>%n yabaye cyangwa yasibwe</numerusform>
        <numerusform>%n zabaye cyangwa zasibwe</numerusform>
      </translation>
    </message>
    <message>
      <source>past</source>
      <translation>byarangiye</translation>
    </message>
    <message>
      <source>Book…</source>
      <translation>Fata gahunda…</translation>
    </message>
    <message>
      <source>Reschedule…</source>
      <translation>Imura…</translation>
    </message>
    <message>
      <source>Cancel…</source>
      <translation>Hagarika…</translation>
    </message>
    <message>
      <source>Mark completed</source>
      <translation>Emeza ko yarangiye</translation>
    </message>
    <message>
      <source>Mark no-show</source>
      <translation>Andika ko atitabiriye</translation>
    </message>
    <message>
      <source>Nothing to do: this slot has passed</source>
      <translation>Nta cyo gukora: iki gihe cyarenze</translation>
    </message>
    <message>
      <source>Nothing to do: the consultation took place</source>
      <translation>Nta cyo gukora: ubujyanama bwarabaye</translation>
    </message>
    <message>
      <source>Nothing to do: marked no-show</source>
      <translation>Nta cyo gukora: byanditswe ko atitabiriye</translation>
    </message>
    <message>
      <source>Nothing you may do with this slot</source>
      <translation>Nta cyo ushobora gukora kuri iki gihe</translation>
    </message>
    <message>
      <source>Completed / no-show: once it has started</source>
      <translation>Yarangiye / ntiyaje: bimaze gutangira</translation>
    </message>
    <message>
      <source>Completed / no-show: only its nutritionist or the desk</source>
      <translation>Yarangiye / ntiyaje: impuguke yayo mu mirire cyangwa abakira abantu gusa</translation>
    </message>
    <message>
      <source>Only a booked consultation can be moved.</source>
      <translation>Gahunda y'ubujyanama yafashwe ni yo yonyine ishobora kwimurwa.</translation>
    </message>
    <message>
      <source>Drop it on a free slot; {when} is not free.</source>
      <translation>Yishyire ku gihe kidafite gahunda; {when} gifite gahunda.</translation>
    </message>
    <message>
      <source>Book {name} — {when}</source>
      <translation>Fatira {name} gahunda — {when}</translation>
    </message>
    <message>
      <source>Booked {customer} with {nutritionist}.</source>
      <translation>{customer} yafatiwe gahunda na {nutritionist}.</translation>
    </message>
    <message>
      <source>No free slot in the next 60 days.</source>
      <translation>Nta gihe kidafite gahunda mu minsi 60 iri imbere.</translation>
    </message>
    <message>
      <source>Reschedule</source>
      <translation>Imura</translation>
    </message>
    <message>
      <source>New time for {customer} (or drag the booking onto a free slot):</source>
      <translation>Igihe gishya cya {customer} (cyangwa kurura gahunda uyishyire ku gihe kidafite gahunda):</translation>
    </message>
    <message>
      <source>{customer} moved to {when} with {nutritionist}.</source>
      <translation>Gahunda ya {customer} yimuriwe {when} na {nutritionist}.</translation>
    </message>
    <message>
      <source>Consultation with {customer} cancelled.</source>
      <translation>Ubujyanama na {customer} bwahagaritswe.</translation>
    </message>
  </context>
  <context>
    <name>CancelDialog</name>
    <message>
      <source>Cancel consultation</source>
      <translation>Hagarika ubujyanama</translation>
    </message>
    <message>
      <source>&amp;Reason</source>
      <translation>&amp;Impamvu</translation>
    </message>
    <message>
      <source>e.g. patient discharged</source>
      <translation>urugero: umurwayi yasezerewe</translation>
    </message>
  </context>
  <context>
    <name>CancelRequestDialog</name>
    <message>
      <source>Cancel {0}</source>
      <translation>Hagarika {0}</translation>
    </message>
    <message>
      <source>Cancel the request</source>
      <translation>Hagarika ubusabe</translation>
    </message>
    <message>
      <source>&amp;Reason</source>
      <translation>&amp;Impamvu</translation>
    </message>
  </context>
  <context>
    <name>CancelSubscriptionDialog</name>
    <message>
      <source>Cancel {0}'s {1}</source>
      <translation>Hagarika {1} ya {0}</translation>
    </message>
    <message>
      <source>Cancel the subscription</source>
      <translation>Hagarika ifatabuguzi</translation>
    </message>
    <message>
      <source>&amp;Reason</source>
      <translation>&amp;Impamvu</translation>
    </message>
  </context>
  <context>
    <name>CashMovementDialog</name>
    <message>
      <source>&amp;Amount (RWF)</source>
      <translation>&amp;Amafaranga (RWF)</translation>
    </message>
    <message>
      <source>&amp;Reason</source>
      <translation>&amp;Impamvu</translation>
    </message>
  </context>
  <context>
    <name>CateringPage</name>
    <message>
      <source>New request</source>
      <translation>Ubusabe bushya</translation>
    </message>
    <message>
      <source>Requests</source>
      <translation>Ubusabe</translation>
    </message>
    <message>
      <source>Packages</source>
      <translation>Amapaki</translation>
    </message>
  </context>
  <context>
    <name>ChartPanel</name>
    <message>
      <source>PNG</source>
      <translation>PNG</translation>
    </message>
    <message>
      <source>Save this chart as a picture</source>
      <translation>Bika iki gishushanyo nk'ifoto</translation>
    </message>
    <message>
      <source>CSV</source>
      <translation>CSV</translation>
    </message>
    <message>
      <source>Save this chart's figures for a spreadsheet</source>
      <translation>Bika imibare y'iki gishushanyo ikoreshwe muri Excel</translation>
    </message>
    <message>
      <source>Save {title}</source>
      <translation>Bika {title}</translation>
    </message>
  </context>
  <context>
    <name>CloseShiftDialog</name>
    <message>
      <source>Submit the count</source>
      <translation>Ohereza ibyabazwe</translation>
    </message>
    <message>
      <source>Close the shift at {desk}</source>
      <translation>Funga igihe cy'akazi kuri {desk}</translation>
    </message>
    <message>
      <source>notes</source>
      <translation>inoti</translation>
    </message>
    <message>
      <source>coins</source>
      <translation>ibiceri</translation>
    </message>
    <message>
      <source>{value} RWF {kind}</source>
      <translation>{kind} za {value} RWF</translation>
    </message>
    <message>
      <source>Cash counted</source>
      <translation>Amafaranga yabazwe</translation>
    </message>
    <message>
      <source>as recorded</source>
      <translation>nk'uko byanditswe</translation>
    </message>
    <message>
      <source>recorded: {amount}</source>
      <translation>byanditswe: {amount}</translation>
    </message>
  </context>
  <context>
    <name>CohortModel</name>
    <message>
      <source>Nobody placed a first order in {month}.</source>
      <translation>Nta muntu watanze komande ye ya mbere muri {month}.</translation>
    </message>
    <message>
      <source>This month has not started yet.</source>
      <translation>Uku kwezi ntikuratangira.</translation>
    </message>
    <message>
      <source>{share} of the {month} cohort ordered {months} month(s) later.</source>
      <translation>{share} y'abakiriya batangiye muri {month} bongeye gutumiza nyuma y'amezi {months}.</translation>
    </message>
    <message>
      <source>That month is not over yet: the share can still grow.</source>
      <translation>Uku kwezi ntikurarangira: iyi ngano ishobora kwiyongera.</translation>
    </message>
    <message>
      <source>Customers</source>
      <translation>Abakiriya</translation>
    </message>
  </context>
  <context>
    <name>ContractDialog</name>
    <message>
      <source>Edit contract — {0}</source>
      <translation>Hindura amasezerano — {0}</translation>
    </message>
    <message>
      <source>New contract — {0}</source>
      <translation>Amasezerano mashya — {0}</translation>
    </message>
    <message>
      <source>&amp;Code</source>
      <translation>&amp;Kode</translation>
    </message>
    <message>
      <source>&amp;Starts</source>
      <translation>&amp;Atangira</translation>
    </message>
    <message>
      <source>&amp;Ends</source>
      <translation>&amp;Arangira</translation>
    </message>
    <message>
      <source>&amp;Discount %</source>
      <translation>&amp;Igabanuka %</translation>
    </message>
    <message>
      <source>Monthly &amp;allowance per employee</source>
      <translation>&amp;Amafaranga ya buri kwezi ku mukozi</translation>
    </message>
    <message>
      <source>&amp;Billing</source>
      <translation>&amp;Uko yishyurwa</translation>
    </message>
    <message>
      <source>Company is invoiced (up to the allowance)</source>
      <translation>Ikigo ni cyo cyishyuzwa (kugeza ku mafaranga yagenwe)</translation>
    </message>
    <message>
      <source>Employee pays (discount only)</source>
      <translation>Umukozi ni we wishyura (igabanuka gusa)</translation>
    </message>
    <message>
      <source>S&amp;tatus</source>
      <translation>&amp;Uko bihagaze</translation>
    </message>
  </context>
  <context>
    <name>ContractsTab</name>
    <message>
      <source>Code</source>
      <translation>Kode</translation>
    </message>
    <message>
      <source>Status</source>
      <translation>Uko bihagaze</translation>
    </message>
    <message>
      <source>From</source>
      <translation>Kuva</translation>
    </message>
    <message>
      <source>To</source>
      <translation>Kugeza</translation>
    </message>
    <message>
      <source>Discount</source>
      <translation>Igabanuka</translation>
    </message>
    <message>
      <source>Monthly allowance</source>
      <translation>Amafaranga ya buri kwezi</translation>
    </message>
    <message>
      <source>Billing</source>
      <translation>Uko yishyurwa</translation>
    </message>
    <message>
      <source>&amp;New contract…</source>
      <translation>&amp;Amasezerano mashya…</translation>
    </message>
    <message>
      <source>&amp;Edit contract…</source>
      <translation>&amp;Hindura amasezerano…</translation>
    </message>
    <message>
      <source>Choose a contract first.</source>
      <translation>Banza uhitemo amasezerano.</translation>
    </message>
    <message>
      <source>Add or choose a partner first.</source>
      <translation>Banza wongereho cyangwa uhitemo umufatanyabikorwa.</translation>
    </message>
    <message>
      <source>Contract {0} saved.</source>
      <translation>Amasezerano {0} yabitswe.</translation>
    </message>
  </context>
  <context>
    <name>CorporatePage</name>
    <message>
      <source>New &amp;partner…</source>
      <translation>Umufatanyabikorwa &amp;mushya…</translation>
    </message>
    <message>
      <source>&amp;Edit partner…</source>
      <translation>&amp;Hindura umufatanyabikorwa…</translation>
    </message>
    <message>
      <source>Contracts</source>
      <translation>Amasezerano</translation>
    </message>
    <message>
      <source>Employees</source>
      <translation>Abakozi</translation>
    </message>
    <message>
      <source>Monthly statement</source>
      <translation>Raporo y'ukwezi</translation>
    </message>
    <message>
      <source>Partners</source>
      <translation>Abafatanyabikorwa</translation>
    </message>
    <message numerus="yes">
      <source>{0}  (%n employee(s))</source>
      <translation>
        <numerusform>{0}  (umukozi %n)</numerusform>
        <numerusform>{0}  (abakozi %n)</numerusform>
      </translation>
    </message>
    <message>
      <source>{0} added.</source>
      <translation>{0} yongeweho.</translation>
    </message>
    <message>
      <source>{0} saved.</source>
      <translation>{0} yabitswe.</translation>
    </message>
  </context>
  <context>
    <name>CustomerDialog</name>
    <message>
      <source>Patient (ward and bed)</source>
      <translation>Umurwayi (serivisi n'igitanda)</translation>
    </message>
    <message>
      <source>Company employee ({company})</source>
      <translation>Umukozi w'ikigo ({company})</translation>
    </message>
    <message>
      <source>Edit customer</source>
      <translation>Hindura umukiriya</translation>
    </message>
    <message>
      <source>New customer</source>
      <translation>Umukiriya mushya</translation>
    </message>
    <message>
      <source>07XXXXXXXX</source>
      <translation>07XXXXXXXX</translation>
    </message>
    <message>
      <source>&amp;Type</source>
      <translation>&amp;Ubwoko</translation>
    </message>
    <message>
      <source>Full &amp;name</source>
      <translation>&amp;Amazina yose</translation>
    </message>
    <message>
      <source>&amp;Phone</source>
      <translation>&amp;Telefoni</translation>
    </message>
    <message>
      <source>&amp;E-mail</source>
      <translation>&amp;Imeyili</translation>
    </message>
    <message>
      <source>&amp;Ward</source>
      <translation>&amp;Serivisi</translation>
    </message>
    <message>
      <source>&amp;Bed</source>
      <translation>&amp;Igitanda</translation>
    </message>
    <message>
      <source>&amp;Allergies</source>
      <translation>&amp;Aleriji</translation>
    </message>
    <message>
      <source>&amp;Diet notes</source>
      <translation>Icyitonderwa ku &amp;ndyo</translation>
    </message>
    <message>
      <source>&amp;Receipts in</source>
      <translation>&amp;Inyemezabwishyu mu</translation>
    </message>
  </context>
  <context>
    <name>CustomerPicker</name>
    <message>
      <source>Customer name, phone, ward/bed…</source>
      <translation>Izina ry'umukiriya, telefoni, serivisi/igitanda…</translation>
    </message>
    <message>
      <source>&amp;New customer…</source>
      <translation>Umukiriya &amp;mushya…</translation>
    </message>
  </context>
  <context>
    <name>CustomerRecord</name>
    <message>
      <source>Choose a customer on the left.</source>
      <translation>Hitamo umukiriya ibumoso.</translation>
    </message>
    <message>
      <source>When</source>
      <translation>Igihe</translation>
    </message>
    <message>
      <source>Order</source>
      <translation>Komande</translation>
    </message>
    <message>
      <source>Status</source>
      <translation>Uko bihagaze</translation>
    </message>
    <message>
      <source>Total</source>
      <translation>Igiteranyo</translation>
    </message>
    <message>
      <source>Nutritionist</source>
      <translation>Impuguke mu mirire</translation>
    </message>
    <message>
      <source>Reason</source>
      <translation>Impamvu</translation>
    </message>
    <message>
      <source>Opened</source>
      <translation>Yafunguwe</translation>
    </message>
    <message>
      <source>Category</source>
      <translation>Icyiciro</translation>
    </message>
    <message>
      <source>Calories</source>
      <translation>Kalori</translation>
    </message>
    <message>
      <source>Forbidden</source>
      <translation>Ibibujijwe</translation>
    </message>
    <message>
      <source>Plan</source>
      <translation>Ipaki</translation>
    </message>
    <message>
      <source>Since</source>
      <translation>Kuva</translation>
    </message>
    <message>
      <source>Charged</source>
      <translation>Byishyujwe</translation>
    </message>
    <message>
      <source>Orders</source>
      <translation>Komande</translation>
    </message>
    <message>
      <source>Consultations</source>
      <translation>Ubujyanama</translation>
    </message>
    <message>
      <source>Meal plans</source>
      <translation>Gahunda z'imirire</translation>
    </message>
    <message>
      <source>Meal packages</source>
      <translation>Amapaki y'amafunguro</translation>
    </message>
    <message>
      <source>none known</source>
      <translation>nta izwi</translation>
    </message>
    <message>
      <source>no phone</source>
      <translation>nta telefoni</translation>
    </message>
    <message>
      <source>Allergies: &lt;b&gt;{allergies}&lt;/b&gt;</source>
      <translation>Aleriji: &lt;b&gt;{allergies}&lt;/b&gt;</translation>
    </message>
    <message>
      <source>Diet notes: {notes}</source>
      <translation>Icyitonderwa ku ndyo: {notes}</translation>
    </message>
    <message>
      <source>Admitted to {place} since {when}</source>
      <translation>Ari muri {place} kuva {when}</translation>
    </message>
  </context>
  <context>
    <name>CustomersPage</name>
    <message>
      <source>Name, phone, reference, ward/bed or employee number</source>
      <translation>Izina, telefoni, nomero, serivisi/igitanda cyangwa nomero y'umukozi</translation>
    </message>
    <message>
      <source>Name</source>
      <translation>Izina</translation>
    </message>
    <message>
      <source>Ref.</source>
      <translation>Nomero</translation>
    </message>
    <message>
      <source>Phone</source>
      <translation>Telefoni</translation>
    </message>
    <message>
      <source>Where</source>
      <translation>Aho ari</translation>
    </message>
    <message>
      <source>The customers found show here: type a name, phone, reference, ward/bed or employee number above.</source>
      <translation>Abakiriya babonetse bagaragara hano: andika hejuru izina, telefoni, nomero, serivisi/igitanda cyangwa nomero y'umukozi.</translation>
    </message>
    <message>
      <source>&amp;New customer…</source>
      <translation>Umukiriya &amp;mushya…</translation>
    </message>
    <message>
      <source>&amp;Edit…</source>
      <translation>&amp;Hindura…</translation>
    </message>
    <message>
      <source>{name} saved as {reference}.</source>
      <translation>{name} yanditswe kuri {reference}.</translation>
    </message>
  </context>
  <context>
    <name>DeviceDialog</name>
    <message>
      <source>EBM controller</source>
      <translation>Igenzura rya EBM</translation>
    </message>
    <message>
      <source>&amp;Address</source>
      <translation>&amp;Aderesi</translation>
    </message>
    <message>
      <source>Seller's &amp;TIN</source>
      <translation>&amp;TIN y'ugurisha</translation>
    </message>
    <message>
      <source>&amp;Branch</source>
      <translation>&amp;Ishami</translation>
    </message>
    <message>
      <source>Device &amp;serial</source>
      <translation>Nomero &amp;y'igikoresho</translation>
    </message>
    <message>
      <source>&amp;Receipts</source>
      <translation>&amp;Inyemezabwishyu</translation>
    </message>
  </context>
  <context>
    <name>DietOrderDialog</name>
    <message>
      <source>Diet order — {patient}</source>
      <translation>Indyo yategetswe — {patient}</translation>
    </message>
    <message>
      <source>Therapeutic diets</source>
      <translation>Indyo zo kuvura</translation>
    </message>
    <message>
      <source>Food texture (IDDSI)</source>
      <translation>Imiterere y'ibiryo (IDDSI)</translation>
    </message>
    <message>
      <source>Drinks (IDDSI)</source>
      <translation>Ibinyobwa (IDDSI)</translation>
    </message>
    <message>
      <source>0 Thin</source>
      <translation>0 Biyoroshye</translation>
    </message>
    <message>
      <source>1 Slightly thick</source>
      <translation>1 Byijimye gato cyane</translation>
    </message>
    <message>
      <source>2 Mildly thick</source>
      <translation>2 Byijimye gato</translation>
    </message>
    <message>
      <source>3 Moderately thick</source>
      <translation>3 Byijimye bigereranyije</translation>
    </message>
    <message>
      <source>4 Extremely thick</source>
      <translation>4 Byijimye cyane</translation>
    </message>
    <message>
      <source>Nothing by mouth</source>
      <translation>Nta kintu kinyuzwa mu kanwa</translation>
    </message>
    <message>
      <source>NPO</source>
      <translation>Ntarya ntanywa</translation>
    </message>
    <message>
      <source>NPO reason</source>
      <translation>Impamvu yo kutarya no kutanywa</translation>
    </message>
    <message>
      <source>NPO until</source>
      <translation>Ntarya ntanywa kugeza</translation>
    </message>
    <message>
      <source>Allergens</source>
      <translation>Ibitera aleriji</translation>
    </message>
    <message>
      <source>Intolerances</source>
      <translation>Ibyo umubiri utihanganira</translation>
    </message>
    <message>
      <source>Notes</source>
      <translation>Icyitonderwa</translation>
    </message>
  </context>
  <context>
    <name>DischargeDialog</name>
    <message>
      <source>Discharge {patient}</source>
      <translation>Gusezerera {patient}</translation>
    </message>
    <message>
      <source>Discharge</source>
      <translation>Gusezerera</translation>
    </message>
    <message>
      <source>Looking at what discharge will do…</source>
      <translation>Turareba ingaruka zo gusezerera…</translation>
    </message>
    <message>
      <source>Settle by</source>
      <translation>Kwishyura ukoresheje</translation>
    </message>
    <message>
      <source>Cash received</source>
      <translation>Amafaranga yakiriwe</translation>
    </message>
    <message>
      <source>Reference</source>
      <translation>Nomero</translation>
    </message>
    <message>
      <source>{number}: {meal} {when}, {total}</source>
      <translation>{number}: {meal} {when}, {total}</translation>
    </message>
    <message>
      <source>paid: cancel it in the order queue first</source>
      <translation>yishyuwe: banza uyihagarike mu murongo wa komande</translation>
    </message>
    <message>
      <source>Deliveries cancelled (reason: patient discharged):</source>
      <translation>Ibyagombaga kugezwa byahagaritswe (impamvu: umurwayi yasezerewe):</translation>
    </message>
    <message>
      <source>none</source>
      <translation>nta na kimwe</translation>
    </message>
    <message>
      <source>On the patient's account: &lt;b&gt;{due}&lt;/b&gt;</source>
      <translation>Ku ideni ry'umurwayi: &lt;b&gt;{due}&lt;/b&gt;</translation>
    </message>
    <message>
      <source>Meal packages paused: {n}</source>
      <translation>Amapaki y'amafunguro yahagaritswe by'agateganyo: {n}</translation>
    </message>
  </context>
  <context>
    <name>EmployeesTab</name>
    <message>
      <source>active</source>
      <translation>akora</translation>
    </message>
    <message>
      <source>left</source>
      <translation>yagiye</translation>
    </message>
    <message>
      <source>Employee no.</source>
      <translation>Nomero y'umukozi</translation>
    </message>
    <message>
      <source>Name</source>
      <translation>Izina</translation>
    </message>
    <message>
      <source>Phone</source>
      <translation>Telefoni</translation>
    </message>
    <message>
      <source>Enrolled</source>
      <translation>Yanditswe</translation>
    </message>
    <message>
      <source>&amp;Enrol…</source>
      <translation>&amp;Andika…</translation>
    </message>
    <message>
      <source>&amp;Import CSV…</source>
      <translation>&amp;Injiza CSV…</translation>
    </message>
    <message>
      <source>Mark as &amp;left / back</source>
      <translation>Andika ko &amp;yagiye / yagarutse</translation>
    </message>
    <message>
      <source>Add or choose a partner first.</source>
      <translation>Banza wongereho cyangwa uhitemo umufatanyabikorwa.</translation>
    </message>
    <message>
      <source>{0} enrolled.</source>
      <translation>{0} yanditswe.</translation>
    </message>
    <message>
      <source>Import employees</source>
      <translation>Injiza abakozi</translation>
    </message>
    <message>
      <source>CSV (*.csv)</source>
      <translation>CSV (*.csv)</translation>
    </message>
    <message>
      <source>Importing employees from {0}…</source>
      <translation>Turinjiza abakozi bavuye muri {0}…</translation>
    </message>
    <message numerus="yes">
      <source>%n employee(s) imported from {0}.</source>
      <translation>
        <numerusform>Umukozi %n yinjijwe avuye muri {0}.</numerusform>
        <numerusform>Abakozi %n binjijwe bavuye muri {0}.</numerusform>
      </translation>
    </message>
    <message>
      <source>The import of {0}</source>
      <translation>Kwinjiza {0}</translation>
    </message>
    <message>
      <source>Choose an employee first.</source>
      <translation>Banza uhitemo umukozi.</translation>
    </message>
  </context>
  <context>
    <name>EnrolDialog</name>
    <message>
      <source>Enrol an employee of {0}</source>
      <translation>Andika umukozi wa {0}</translation>
    </message>
    <message>
      <source>Enrol</source>
      <translation>Andika</translation>
    </message>
    <message>
      <source>Employee &amp;number</source>
      <translation>&amp;Nomero y'umukozi</translation>
    </message>
    <message>
      <source>&amp;Full name</source>
      <translation>&amp;Amazina yose</translation>
    </message>
    <message>
      <source>&amp;Phone</source>
      <translation>&amp;Telefoni</translation>
    </message>
    <message>
      <source>07XXXXXXXX</source>
      <translation>07XXXXXXXX</translation>
    </message>
  </context>
  <context>
    <name>FirstRunDialog</name>
    <message>
      <source>Dusangire Desktop — First start</source>
      <translation>Dusangire Desktop — Gutangira bwa mbere</translation>
    </message>
    <message>
      <source>&amp;Load demo data (a realistic hospital, for training and demos)</source>
      <translation>&amp;Shyiramo amakuru y'imyitozo (ibitaro bisa n'ibyukuri, byo kwigiraho no kwerekana)</translation>
    </message>
    <message>
      <source>Full &amp;name</source>
      <translation>&amp;Amazina yose</translation>
    </message>
    <message>
      <source>&amp;Username</source>
      <translation>&amp;Izina ukoresha</translation>
    </message>
    <message>
      <source>&amp;Password</source>
      <translation>&amp;Ijambo ry'ibanga</translation>
    </message>
    <message>
      <source>&amp;Confirm password</source>
      <translation>&amp;Emeza ijambo ry'ibanga</translation>
    </message>
    <message>
      <source>At least {length} characters, with letters and digits, not containing the username.</source>
      <translation>Nibura inyuguti {length}, zirimo inyuguti n'imibare, kandi ritarimo izina ukoresha.</translation>
    </message>
    <message>
      <source>Create administrator</source>
      <translation>Shyiraho umuyobozi wa sisitemu</translation>
    </message>
    <message>
      <source>Welcome to Dusangire Desktop</source>
      <translation>Murakaza neza muri Dusangire Desktop</translation>
    </message>
    <message>
      <source>This database ({database}) has no staff accounts yet. Create the administrator account first.</source>
      <translation>Iyi bubiko bw'amakuru ({database}) nta konti y'umukozi iragira. Banza ushyireho konti y'umuyobozi wa sisitemu.</translation>
    </message>
    <message>
      <source>The two passwords differ; type them again.</source>
      <translation>Amagambo y'ibanga yombi ntasa; ongera uyandike.</translation>
    </message>
  </context>
  <context>
    <name>FiscalSender</name>
    <message>
      <source>Fiscal receipt PDF…</source>
      <translation>PDF y'inyemezabwishyu y'imisoro…</translation>
    </message>
    <message>
      <source>Fiscal receipt {number} signed.</source>
      <translation>Inyemezabwishyu y'imisoro {number} yashyizweho umukono.</translation>
    </message>
    <message>
      <source>Fiscal receipt pending: the EBM controller is not answering. The sale is saved; its receipt prints once signed (Till → Fiscal receipts).</source>
      <translation>Inyemezabwishyu y'imisoro itegereje: igenzura rya EBM ntirisubiza. Igurishwa ryabitswe; inyemezabwishyu yaryo izacapwa imaze gushyirwaho umukono (Kesi → Inyemezabwishyu z'imisoro).</translation>
    </message>
    <message>
      <source>Save fiscal receipt</source>
      <translation>Bika inyemezabwishyu y'imisoro</translation>
    </message>
    <message>
      <source>PDF (*.pdf)</source>
      <translation>PDF (*.pdf)</translation>
    </message>
  </context>
  <context>
    <name>FiscalTab</name>
    <message>
      <source>Order</source>
      <translation>Komande</translation>
    </message>
    <message>
      <source>Kind</source>
      <translation>Ubwoko</translation>
    </message>
    <message>
      <source>Invoice</source>
      <translation>Fagitire</translation>
    </message>
    <message>
      <source>Status</source>
      <translation>Uko bihagaze</translation>
    </message>
    <message>
      <source>Attempts</source>
      <translation>Inshuro zageragejwe</translation>
    </message>
    <message>
      <source>Last problem</source>
      <translation>Ikibazo giheruka</translation>
    </message>
    <message>
      <source>Nothing is waiting: every fiscal receipt has been signed by the controller.</source>
      <translation>Nta gitegereje: inyemezabwishyu z'imisoro zose zashyizweho umukono n'igenzura.</translation>
    </message>
    <message>
      <source>&amp;Send now</source>
      <translation>&amp;Ohereza ubu</translation>
    </message>
    <message>
      <source>order number, e.g. D-000123</source>
      <translation>nomero ya komande, urugero D-000123</translation>
    </message>
    <message>
      <source>Reprint &amp;COPY as PDF…</source>
      <translation>Ongera ucape &amp;KOPI muri PDF…</translation>
    </message>
    <message>
      <source>&amp;Daily fiscal report PDF…</source>
      <translation>Raporo y'imisoro &amp;y'umunsi muri PDF…</translation>
    </message>
    <message>
      <source>Controller…</source>
      <translation>Igenzura…</translation>
    </message>
    <message>
      <source>{kind} (copy)</source>
      <translation>{kind} (kopi)</translation>
    </message>
    <message numerus="yes">
      <source>%n receipt(s) waiting for the controller.</source>
      <translation>
        <numerusform>Inyemezabwishyu %n itegereje igenzura.</numerusform>
        <numerusform>Inyemezabwishyu %n zitegereje igenzura.</numerusform>
      </translation>
    </message>
    <message>
      <source>Save the daily fiscal report</source>
      <translation>Bika raporo y'imisoro y'umunsi</translation>
    </message>
    <message>
      <source>PDF (*.pdf)</source>
      <translation>PDF (*.pdf)</translation>
    </message>
    <message>
      <source>Daily fiscal report</source>
      <translation>Raporo y'imisoro y'umunsi</translation>
    </message>
    <message>
      <source>Daily fiscal report saved to {path}</source>
      <translation>Raporo y'imisoro y'umunsi yabitswe muri {path}</translation>
    </message>
    <message numerus="yes">
      <source>%n receipt(s) signed.</source>
      <translation>
        <numerusform>Inyemezabwishyu %n yashyizweho umukono.</numerusform>
        <numerusform>Inyemezabwishyu %n zashyizweho umukono.</numerusform>
      </translation>
    </message>
    <message>
      <source>The copy of {number} waits for the EBM controller, which is not answering; reprint it again once the controller answers.</source>
      <translation>Kopi ya {number} itegereje igenzura rya EBM ritarimo gusubiza; ongera uyicape igenzura rimaze gusubiza.</translation>
    </message>
    <message>
      <source>Save the copy</source>
      <translation>Bika kopi</translation>
    </message>
    <message>
      <source>Copy saved to {path}</source>
      <translation>Kopi yabitswe muri {path}</translation>
    </message>
  </context>
  <context>
    <name>FormDialog</name>
    <message>
      <source>Save</source>
      <translation>Bika</translation>
    </message>
  </context>
  <context>
    <name>LargeGroupDialog</name>
    <message>
      <source>Large-group rate of {0}</source>
      <translation>Igiciro cy'itsinda rinini cya {0}</translation>
    </message>
    <message>
      <source>&amp;From how many guests (0: none)</source>
      <translation>&amp;Guhera ku bashyitsi bangahe (0: nta na rimwe)</translation>
    </message>
    <message>
      <source>&amp;Price per person (RWF)</source>
      <translation>&amp;Igiciro ku muntu (RWF)</translation>
    </message>
  </context>
  <context>
    <name>LoginDialog</name>
    <message>
      <source>Dusangire Desktop — Sign in</source>
      <translation>Dusangire Desktop — Kwinjira</translation>
    </message>
    <message>
      <source>e.g. a.uwase</source>
      <translation>urugero: a.uwase</translation>
    </message>
    <message>
      <source>&amp;Username</source>
      <translation>&amp;Izina ukoresha</translation>
    </message>
    <message>
      <source>&amp;Password</source>
      <translation>&amp;Ijambo ry'ibanga</translation>
    </message>
    <message>
      <source>&amp;Language</source>
      <translation>&amp;Ururimi</translation>
    </message>
    <message>
      <source>Sign in</source>
      <translation>Injira</translation>
    </message>
    <message>
      <source>Opening the database…</source>
      <translation>Turafungura ububiko bw'amakuru…</translation>
    </message>
    <message>
      <source>Dusangire Desktop</source>
      <translation>Dusangire Desktop</translation>
    </message>
    <message>
      <source>Sign in to continue.</source>
      <translation>Injira kugira ngo ukomeze.</translation>
    </message>
    <message>
      <source>Database: {database}</source>
      <translation>Ububiko bw'amakuru: {database}</translation>
    </message>
  </context>
  <context>
    <name>MainWindow</name>
    <message>
      <source>Dusangire Desktop — {name}</source>
      <translation>Dusangire Desktop — {name}</translation>
    </message>
    <message>
      <source>● checking…</source>
      <translation>● turagenzura…</translation>
    </message>
    <message>
      <source>Working…</source>
      <translation>Biri gukorwa…</translation>
    </message>
    <message>
      <source>Your own password is set: every area of your role is open now.</source>
      <translation>Ijambo ryawe ry'ibanga ryashyizweho: ibice byose by'inshingano zawe birafunguye ubu.</translation>
    </message>
    <message>
      <source>&amp;File</source>
      <translation>&amp;Dosiye</translation>
    </message>
    <message>
      <source>&amp;Sign out</source>
      <translation>&amp;Sohoka</translation>
    </message>
    <message>
      <source>&amp;Quit</source>
      <translation>&amp;Funga porogaramu</translation>
    </message>
    <message>
      <source>&amp;Go</source>
      <translation>&amp;Jya kuri</translation>
    </message>
    <message>
      <source>&amp;Help</source>
      <translation>&amp;Ubufasha</translation>
    </message>
    <message>
      <source>&amp;About Dusangire Desktop</source>
      <translation>&amp;Ibyerekeye Dusangire Desktop</translation>
    </message>
    <message>
      <source>About Dusangire Desktop</source>
      <translation>Ibyerekeye Dusangire Desktop</translation>
    </message>
    <message>
      <source>Dusangire Desktop {version}
Database: {database}</source>
      <translation>Dusangire Desktop {version}
Ububiko bw'amakuru: {database}</translation>
    </message>
    <message>
      <source>● connected</source>
      <translation>● bihujwe</translation>
    </message>
    <message>
      <source>The database is back. You can carry on.</source>
      <translation>Ububiko bw'amakuru bwagarutse. Ushobora gukomeza.</translation>
    </message>
    <message>
      <source>● database unreachable — retrying</source>
      <translation>● ububiko bw'amakuru ntibuboneka — turongera tugerageza</translation>
    </message>
    <message>
      <source>The database ({database}) cannot be reached. Your open forms are kept; saving works again as soon as it is back.</source>
      <translation>Ububiko bw'amakuru ({database}) ntibuboneka. Amafishi wafunguye arabitswe; kubika birongera gukora bukimara kugaruka.</translation>
    </message>
    <message>
      <source>You signed in with a temporary password. Choose your own password now.</source>
      <translation>Winjiye ukoresheje ijambo ry'ibanga ry'agateganyo. Hitamo ubu ijambo ryawe bwite ry'ibanga.</translation>
    </message>
  </context>
  <context>
    <name>MappingDialog</name>
    <message>
      <source>Statement columns of {provider}</source>
      <translation>Inkingi za raporo ya {provider}</translation>
    </message>
    <message>
      <source>Transaction id</source>
      <translation>Nomero y'igikorwa</translation>
    </message>
    <message>
      <source>Date</source>
      <translation>Itariki</translation>
    </message>
    <message>
      <source>Amount</source>
      <translation>Amafaranga</translation>
    </message>
    <message>
      <source>Payer's number</source>
      <translation>Nomero y'uwishyuye</translation>
    </message>
    <message>
      <source>Status (optional)</source>
      <translation>Uko bihagaze (si ngombwa)</translation>
    </message>
    <message>
      <source>Date format</source>
      <translation>Uko itariki yandikwa</translation>
    </message>
  </context>
  <context>
    <name>MealPlanDialog</name>
    <message>
      <source>Meal plan for {customer}</source>
      <translation>Gahunda y'imirire ya {customer}</translation>
    </message>
    <message>
      <source>&amp;Category</source>
      <translation>&amp;Icyiciro</translation>
    </message>
    <message>
      <source>Daily &amp;calories</source>
      <translation>&amp;Kalori ku munsi</translation>
    </message>
    <message>
      <source>no target</source>
      <translation>nta ntego</translation>
    </message>
    <message>
      <source>&amp;Allowed</source>
      <translation>&amp;Byemewe</translation>
    </message>
    <message>
      <source>&amp;Forbidden</source>
      <translation>&amp;Bibujijwe</translation>
    </message>
    <message>
      <source>&amp;Notes</source>
      <translation>&amp;Icyitonderwa</translation>
    </message>
  </context>
  <context>
    <name>MealTimeDialog</name>
    <message>
      <source>Meal time — {meal}</source>
      <translation>Igihe cy'ifunguro — {meal}</translation>
    </message>
    <message>
      <source>Served &amp;from</source>
      <translation>Ritangwa &amp;guhera</translation>
    </message>
    <message>
      <source>Served &amp;until</source>
      <translation>Ritangwa &amp;kugeza</translation>
    </message>
    <message>
      <source>Orders &amp;close (all wards)</source>
      <translation>Komande &amp;zifunga (serivisi zose)</translation>
    </message>
    <message>
      <source>Delivery &amp;target</source>
      <translation>&amp;Igihe cyo kugeza</translation>
    </message>
    <message>
      <source> min after serving starts</source>
      <translation> min nyuma yo gutangira gutanga</translation>
    </message>
  </context>
  <context>
    <name>MealTimesTab</name>
    <message>
      <source>Meal</source>
      <translation>Ifunguro</translation>
    </message>
    <message>
      <source>Served from</source>
      <translation>Ritangwa guhera</translation>
    </message>
    <message>
      <source>Until</source>
      <translation>Kugeza</translation>
    </message>
    <message>
      <source>Orders close</source>
      <translation>Komande zifunga</translation>
    </message>
    <message>
      <source>Delivered within</source>
      <translation>Bigezwa mu</translation>
    </message>
    <message>
      <source>{n} min</source>
      <translation>{n} min</translation>
    </message>
    <message>
      <source>Ward</source>
      <translation>Serivisi</translation>
    </message>
    <message>
      <source>Edit &amp;meal time…</source>
      <translation>Hindura &amp;igihe cy'ifunguro…</translation>
    </message>
    <message>
      <source>Ward &amp;cut-off…</source>
      <translation>&amp;Igihe ntarengwa cya serivisi…</translation>
    </message>
    <message>
      <source>After a ward's cut-off an order goes with the next meal, or becomes a late tray a manager approves. &lt;b&gt;Bold&lt;/b&gt;: the ward's own cut-off.</source>
      <translation>Nyuma y'igihe ntarengwa cya serivisi, komande ijyana n'ifunguro rikurikira, cyangwa ikaba isahani yatinze umuyobozi yemeza. &lt;b&gt;Inyuguti zijimye&lt;/b&gt;: igihe ntarengwa cyihariye cya serivisi.</translation>
    </message>
    <message>
      <source>&lt;b&gt;Meals&lt;/b&gt;</source>
      <translation>&lt;b&gt;Amafunguro&lt;/b&gt;</translation>
    </message>
    <message>
      <source>&lt;b&gt;Orders close, by ward&lt;/b&gt;</source>
      <translation>&lt;b&gt;Igihe komande zifunga, hakurikijwe serivisi&lt;/b&gt;</translation>
    </message>
    <message>
      <source>{meal} times saved.</source>
      <translation>Amasaha ya {meal} yabitswe.</translation>
    </message>
    <message>
      <source>Ward cut-off saved.</source>
      <translation>Igihe ntarengwa cya serivisi cyabitswe.</translation>
    </message>
  </context>
  <context>
    <name>MenuItemDialog</name>
    <message>
      <source>Edit dish</source>
      <translation>Hindura ibiryo</translation>
    </message>
    <message>
      <source>New dish</source>
      <translation>Ibiryo bishya</translation>
    </message>
    <message>
      <source>Available to order now</source>
      <translation>Bishobora gutumizwa ubu</translation>
    </message>
    <message>
      <source>&amp;Name</source>
      <translation>&amp;Izina</translation>
    </message>
    <message>
      <source>&amp;Category</source>
      <translation>&amp;Icyiciro</translation>
    </message>
    <message>
      <source>Meal &amp;period</source>
      <translation>&amp;Igihe cy'ifunguro</translation>
    </message>
    <message>
      <source>&amp;Price</source>
      <translation>&amp;Igiciro</translation>
    </message>
    <message>
      <source>&amp;Description</source>
      <translation>&amp;Ibisobanuro</translation>
    </message>
    <message>
      <source>Diet &amp;tags</source>
      <translation>&amp;Ibiranga indyo</translation>
    </message>
    <message>
      <source>&amp;Allergens</source>
      <translation>&amp;Ibitera aleriji</translation>
    </message>
    <message>
      <source>The RRA item classification code printed on the EBM receipt (10 digits).</source>
      <translation>Kode y'ishyirwa mu byiciro rya RRA icapwa ku nyemezabwishyu ya EBM (imibare 10).</translation>
    </message>
    <message>
      <source>Ta&amp;x type (EBM)</source>
      <translation>Ubwoko bw'&amp;umusoro (EBM)</translation>
    </message>
    <message>
      <source>Item classification c&amp;ode</source>
      <translation>K&amp;ode y'icyiciro cy'igicuruzwa</translation>
    </message>
    <message>
      <source>Te&amp;xtures (IDDSI)</source>
      <translation>Im&amp;iterere (IDDSI)</translation>
    </message>
    <message>
      <source>None ticked: served regular only.</source>
      <translation>Nta na kimwe cyatoranyijwe: bitangwa bisanzwe gusa.</translation>
    </message>
    <message>
      <source>D&amp;rink levels (IDDSI)</source>
      <translation>Ibipimo by'&amp;ibinyobwa (IDDSI)</translation>
    </message>
    <message>
      <source>Ticked for a drink only: the thicknesses it comes in.</source>
      <translation>Ku kinyobwa gusa: uko kijimye gishobora gutangwa.</translation>
    </message>
  </context>
  <context>
    <name>MenuPage</name>
    <message>
      <source>Dish</source>
      <translation>Ibiryo</translation>
    </message>
    <message>
      <source>Category</source>
      <translation>Icyiciro</translation>
    </message>
    <message>
      <source>Period</source>
      <translation>Igihe</translation>
    </message>
    <message>
      <source>Price</source>
      <translation>Igiciro</translation>
    </message>
    <message>
      <source>Diet</source>
      <translation>Indyo</translation>
    </message>
    <message>
      <source>Allergens</source>
      <translation>Ibitera aleriji</translation>
    </message>
    <message>
      <source>Available</source>
      <translation>Birahari</translation>
    </message>
    <message>
      <source>&amp;New dish…</source>
      <translation>Ibiryo &amp;bishya…</translation>
    </message>
    <message>
      <source>&amp;Edit…</source>
      <translation>&amp;Hindura…</translation>
    </message>
    <message>
      <source>Mark &amp;unavailable / available</source>
      <translation>Andika ko &amp;bidahari / bihari</translation>
    </message>
    <message>
      <source>Tax</source>
      <translation>Umusoro</translation>
    </message>
    <message>
      <source>Item code</source>
      <translation>Kode y'igicuruzwa</translation>
    </message>
    <message>
      <source>Textures</source>
      <translation>Imiterere</translation>
    </message>
    <message>
      <source>Drink levels</source>
      <translation>Ibipimo by'ibinyobwa</translation>
    </message>
    <message>
      <source>yes</source>
      <translation>yego</translation>
    </message>
    <message>
      <source>no</source>
      <translation>oya</translation>
    </message>
    <message>
      <source>{name} saved.</source>
      <translation>{name} yabitswe.</translation>
    </message>
  </context>
  <context>
    <name>MessageBanner</name>
    <message>
      <source>Dismiss</source>
      <translation>Funga</translation>
    </message>
  </context>
  <context>
    <name>MobileMoneyFields</name>
    <message>
      <source>payer's number, 07X XXX XXXX</source>
      <translation>nomero y'uwishyura, 07X XXX XXXX</translation>
    </message>
  </context>
  <context>
    <name>MoneyBackDialog</name>
    <message>
      <source>Cancel order {number}</source>
      <translation>Hagarika komande {number}</translation>
    </message>
    <message>
      <source>Refund {number}</source>
      <translation>Subiza amafaranga ya {number}</translation>
    </message>
    <message>
      <source>Cancel the order</source>
      <translation>Hagarika komande</translation>
    </message>
    <message>
      <source>Refund</source>
      <translation>Subiza amafaranga</translation>
    </message>
    <message>
      <source>Keep it</source>
      <translation>Yireke</translation>
    </message>
    <message>
      <source>&amp;Reason</source>
      <translation>&amp;Impamvu</translation>
    </message>
    <message>
      <source>reference of the reversal</source>
      <translation>nomero y'isubizwa ry'ubwishyu</translation>
    </message>
    <message>
      <source>&amp;How it went back</source>
      <translation>&amp;Uko amafaranga yasubijwe</translation>
    </message>
    <message>
      <source>Reversal re&amp;ference</source>
      <translation>No&amp;mero y'isubizwa</translation>
    </message>
    <message>
      <source>Cash from the drawer</source>
      <translation>Amafaranga avuye mu isanduku</translation>
    </message>
    <message>
      <source>Mobile-money reversal</source>
      <translation>Gusubiza kuri Mobile Money</translation>
    </message>
    <message>
      <source>Card reversal</source>
      <translation>Gusubiza ku ikarita</translation>
    </message>
    <message>
      <source>in cash</source>
      <translation>mu ntoki</translation>
    </message>
    <message>
      <source>by mobile money</source>
      <translation>kuri Mobile Money</translation>
    </message>
    <message>
      <source>by card</source>
      <translation>ku ikarita</translation>
    </message>
    <message>
      <source>on the corporate account</source>
      <translation>ku ideni ry'ikigo</translation>
    </message>
    <message>
      <source>{amount} RWF {how}</source>
      <translation>{amount} RWF {how}</translation>
    </message>
    <message>
      <source>Nothing was paid for this order, so no money goes back.</source>
      <translation>Nta cyishyuwe kuri iyi komande, bityo nta mafaranga asubizwa.</translation>
    </message>
    <message>
      <source>Paid {parts}. All of it is given back.</source>
      <translation>Byishyuwe {parts}. Byose birasubizwa.</translation>
    </message>
    <message>
      <source> and </source>
      <translation> na </translation>
    </message>
  </context>
  <context>
    <name>NewStaffDialog</name>
    <message>
      <source>New staff account</source>
      <translation>Konti nshya y'umukozi</translation>
    </message>
    <message>
      <source>Create</source>
      <translation>Shyiraho</translation>
    </message>
    <message>
      <source>Full &amp;name</source>
      <translation>&amp;Amazina yose</translation>
    </message>
    <message>
      <source>&amp;Username</source>
      <translation>&amp;Izina ukoresha</translation>
    </message>
    <message>
      <source>&amp;Role</source>
      <translation>&amp;Inshingano</translation>
    </message>
    <message>
      <source>Temporary &amp;password</source>
      <translation>Ijambo ry'ibanga &amp;ry'agateganyo</translation>
    </message>
    <message>
      <source>temporary; changed at first sign-in</source>
      <translation>ry'agateganyo; rihindurwa ku nshuro ya mbere yo kwinjira</translation>
    </message>
  </context>
  <context>
    <name>NewTicketDialog</name>
    <message>
      <source>New support ticket</source>
      <translation>Ikibazo gishya</translation>
    </message>
    <message>
      <source>Create</source>
      <translation>Shyiraho</translation>
    </message>
    <message>
      <source>&amp;Subject</source>
      <translation>&amp;Ikibazo kivuga ku ki</translation>
    </message>
    <message>
      <source>&amp;Description</source>
      <translation>&amp;Ibisobanuro</translation>
    </message>
    <message>
      <source>C&amp;ategory</source>
      <translation>I&amp;cyiciro</translation>
    </message>
    <message>
      <source>&amp;Priority</source>
      <translation>&amp;Uburemere</translation>
    </message>
    <message>
      <source>&amp;Customer (optional)</source>
      <translation>&amp;Umukiriya (si ngombwa)</translation>
    </message>
    <message>
      <source>&amp;Order (optional)</source>
      <translation>&amp;Komande (si ngombwa)</translation>
    </message>
    <message>
      <source>optional, e.g. D-000123</source>
      <translation>si ngombwa, urugero D-000123</translation>
    </message>
  </context>
  <context>
    <name>NutritionDashboard</name>
    <message>
      <source>Active clients</source>
      <translation>Abakiriya bakora</translation>
    </message>
    <message>
      <source>Consultations this month</source>
      <translation>Ubujyanama muri uku kwezi</translation>
    </message>
    <message>
      <source>Pending plans</source>
      <translation>Gahunda zitegereje</translation>
    </message>
    <message>
      <source>Utilization</source>
      <translation>Igipimo cy'ikoreshwa</translation>
    </message>
    <message>
      <source>No-show rate</source>
      <translation>Igipimo cy'abatitabiriye</translation>
    </message>
    <message>
      <source>Time</source>
      <translation>Isaha</translation>
    </message>
    <message>
      <source>Client</source>
      <translation>Umukiriya</translation>
    </message>
    <message>
      <source>Status</source>
      <translation>Uko bihagaze</translation>
    </message>
    <message>
      <source>Reason</source>
      <translation>Impamvu</translation>
    </message>
    <message>
      <source>Category</source>
      <translation>Icyiciro</translation>
    </message>
    <message>
      <source>Calories</source>
      <translation>Kalori</translation>
    </message>
    <message>
      <source>Forbidden</source>
      <translation>Ibibujijwe</translation>
    </message>
    <message>
      <source>Opened</source>
      <translation>Yafunguwe</translation>
    </message>
    <message>
      <source>Consulted</source>
      <translation>Yagiriwe inama</translation>
    </message>
    <message>
      <source>&amp;Activate plan</source>
      <translation>&amp;Tangiza gahunda</translation>
    </message>
    <message>
      <source>&amp;Complete plan</source>
      <translation>&amp;Soza gahunda</translation>
    </message>
    <message>
      <source>&amp;Write plan…</source>
      <translation>&amp;Andika gahunda…</translation>
    </message>
    <message>
      <source>No pending or active meal plan.</source>
      <translation>Nta gahunda y'imirire itegereje cyangwa ikora.</translation>
    </message>
    <message>
      <source>Every completed consultation has its plan.</source>
      <translation>Buri bujyanama bwarangiye bufite gahunda yabwo.</translation>
    </message>
    <message>
      <source>Meal plans are shown to those who write them.</source>
      <translation>Gahunda z'imirire zigaragarira abazandika.</translation>
    </message>
    <message>
      <source>&amp;Nutritionist</source>
      <translation>&amp;Impuguke mu mirire</translation>
    </message>
    <message>
      <source>Today's schedule</source>
      <translation>Gahunda y'uyu munsi</translation>
    </message>
    <message>
      <source>Meal plans</source>
      <translation>Gahunda z'imirire</translation>
    </message>
    <message>
      <source>Completed consultations without a plan</source>
      <translation>Ubujyanama bwarangiye nta gahunda</translation>
    </message>
    <message>
      <source>completed in 90 days, upcoming, or on an active plan</source>
      <translation>byarangiye mu minsi 90, biri imbere, cyangwa bifite gahunda ikora</translation>
    </message>
    <message>
      <source>{done} completed, {booked} booked · {no_shows} no-show, {cancelled} cancelled</source>
      <translation>{done} byarangiye, {booked} byafashwe · {no_shows} ntibaje, {cancelled} byahagaritswe</translation>
    </message>
    <message>
      <source>oldest {days} days</source>
      <translation>ikimaze igihe kinini: iminsi {days}</translation>
    </message>
    <message>
      <source>{used} of {available} slots</source>
      <translation>{used} kuri {available} by'amasaha</translation>
    </message>
    <message>
      <source>No availability in this period.</source>
      <translation>Nta masaha ahari muri iki gihe.</translation>
    </message>
    <message>
      <source>{no_shows} of {finished}; {unmarked} past still unmarked</source>
      <translation>{no_shows} kuri {finished}; {unmarked} byarangiye bitaranditswe</translation>
    </message>
    <message>
      <source>No consultation has finished in this period yet.</source>
      <translation>Nta bujyanama burarangira muri iki gihe.</translation>
    </message>
    <message>
      <source>Choose a plan first.</source>
      <translation>Banza uhitemo gahunda.</translation>
    </message>
    <message>
      <source>{customer}'s plan is {status}.</source>
      <translation>Gahunda ya {customer} ni {status}.</translation>
    </message>
    <message>
      <source>Choose a completed consultation first.</source>
      <translation>Banza uhitemo ubujyanama bwarangiye.</translation>
    </message>
    <message>
      <source>Plan opened for {customer} (pending).</source>
      <translation>Gahunda ya {customer} yafunguwe (itegereje).</translation>
    </message>
  </context>
  <context>
    <name>OperationsDashboard</name>
    <message>
      <source>not delivered {pickup} min after placed (pickup), {ward} min (ward)</source>
      <translation>itaragezwa nyuma y'iminota {pickup} itanzwe (kwitwarira), iminota {ward} (serivisi)</translation>
    </message>
    <message>
      <source>{minutes} min</source>
      <translation>{minutes} min</translation>
    </message>
    <message>
      <source>mean over {count} orders delivered today</source>
      <translation>impuzandengo kuri komande {count} zagejejwe uyu munsi</translation>
    </message>
    <message>
      <source>No order has been delivered today.</source>
      <translation>Nta komande yagejejwe uyu munsi.</translation>
    </message>
    <message numerus="yes">
      <source>{time} {package}, %n guest(s)</source>
      <translation>
        <numerusform>{time} {package}, umushyitsi %n</numerusform>
        <numerusform>{time} {package}, abashyitsi %n</numerusform>
      </translation>
    </message>
    <message>
      <source>Ward trays today: {trays} · delivered {delivered} ({late} after the target) · overdue now {overdue} · worst {worst} min late</source>
      <translation>Amasahani ya serivisi uyu munsi: {trays} · yagejejwe {delivered} ({late} nyuma y'igihe cyagenwe) · yatinze ubu {overdue} · iyatinze cyane iminota {worst}</translation>
    </message>
    <message>
      <source>Live — as of {moment}, refreshed as orders are taken at any desk. Channels add up to the BI revenue total.</source>
      <translation>Ako kanya — kugeza {moment}, bivugururwa uko komande zakirwa kuri kesi iyo ari yo yose. Inzira zose hamwe zingana n'amafaranga yinjiye mu isesengura ry'ubucuruzi.</translation>
    </message>
  </context>
  <context>
    <name>OrderEntryPage</name>
    <message>
      <source>Customer: name, phone, ward/bed, employee no.  (F2)</source>
      <translation>Umukiriya: izina, telefoni, serivisi/igitanda, nomero y'umukozi  (F2)</translation>
    </message>
    <message>
      <source>No customer chosen</source>
      <translation>Nta mukiriya wahiswemo</translation>
    </message>
    <message>
      <source>&amp;New customer…</source>
      <translation>Umukiriya &amp;mushya…</translation>
    </message>
    <message>
      <source>Dish: type to search, Enter adds  (F3)</source>
      <translation>Ibiryo: andika ushakishe, Enter yongeraho  (F3)</translation>
    </message>
    <message>
      <source>Any</source>
      <translation>Byose</translation>
    </message>
    <message>
      <source>Dish</source>
      <translation>Ibiryo</translation>
    </message>
    <message>
      <source>Category</source>
      <translation>Icyiciro</translation>
    </message>
    <message>
      <source>Price</source>
      <translation>Igiciro</translation>
    </message>
    <message>
      <source>Allergens</source>
      <translation>Ibitera aleriji</translation>
    </message>
    <message>
      <source>Qty</source>
      <translation>Ingano</translation>
    </message>
    <message>
      <source>Unit</source>
      <translation>Igiciro</translation>
    </message>
    <message>
      <source>Line</source>
      <translation>Byose</translation>
    </message>
    <message>
      <source>Add dishes to see the price.</source>
      <translation>Ongeraho ibiryo urebe igiciro.</translation>
    </message>
    <message>
      <source>Reason to place it anyway (required when flagged)</source>
      <translation>Impamvu yo kuyitanga uko byagenda kose (ngombwa iyo habayeho umuburo)</translation>
    </message>
    <message>
      <source>cash received</source>
      <translation>amafaranga yakiriwe</translation>
    </message>
    <message>
      <source>mobile money / card reference</source>
      <translation>nomero ya Mobile Money / ikarita</translation>
    </message>
    <message>
      <source>Pickup at the counter</source>
      <translation>Kwitwarira kuri konteri</translation>
    </message>
    <message>
      <source>Deliver to ward and bed</source>
      <translation>Kugeza muri serivisi no ku gitanda</translation>
    </message>
    <message>
      <source>ward</source>
      <translation>serivisi</translation>
    </message>
    <message>
      <source>bed</source>
      <translation>igitanda</translation>
    </message>
    <message>
      <source>Place order  (Ctrl+Enter)</source>
      <translation>Tanga komande  (Ctrl+Enter)</translation>
    </message>
    <message>
      <source>&amp;Print receipt</source>
      <translation>&amp;Capa inyemezabwishyu</translation>
    </message>
    <message>
      <source>Pre&amp;view receipt…</source>
      <translation>&amp;Reba inyemezabwishyu…</translation>
    </message>
    <message>
      <source>Save receipt P&amp;DF…</source>
      <translation>Bika inyemezabwishyu muri P&amp;DF…</translation>
    </message>
    <message>
      <source>1. Customer</source>
      <translation>1. Umukiriya</translation>
    </message>
    <message>
      <source>2. Dishes</source>
      <translation>2. Ibiryo</translation>
    </message>
    <message>
      <source>Period</source>
      <translation>Igihe</translation>
    </message>
    <message>
      <source>Diet</source>
      <translation>Indyo</translation>
    </message>
    <message>
      <source>3. Order  (+ / − / Delete on a line)</source>
      <translation>3. Komande  (+ / − / Delete ku murongo)</translation>
    </message>
    <message>
      <source>4. Payment and delivery</source>
      <translation>4. Kwishyura no kugeza</translation>
    </message>
    <message>
      <source>Pay by</source>
      <translation>Kwishyura na</translation>
    </message>
    <message>
      <source>Cash</source>
      <translation>Amafaranga mu ntoki</translation>
    </message>
    <message>
      <source>Reference</source>
      <translation>Nomero</translation>
    </message>
    <message>
      <source>Mobile money</source>
      <translation>Mobile Money</translation>
    </message>
    <message>
      <source>Delivery</source>
      <translation>Kugeza</translation>
    </message>
    <message>
      <source>Ward / bed</source>
      <translation>Serivisi / igitanda</translation>
    </message>
    <message>
      <source>Allergic to: {allergies}</source>
      <translation>Afite aleriji kuri: {allergies}</translation>
    </message>
    <message>
      <source>Diet notes: {notes}</source>
      <translation>Icyitonderwa ku ndyo: {notes}</translation>
    </message>
    <message>
      <source>No dish matches; change the search.</source>
      <translation>Nta biryo bihuye n'ibyo washatse; hindura ibyo ushakisha.</translation>
    </message>
    <message>
      <source>Choose a customer and add dishes to see the price.</source>
      <translation>Hitamo umukiriya kandi wongereho ibiryo urebe igiciro.</translation>
    </message>
    <message>
      <source>working out the price…</source>
      <translation>turabara igiciro…</translation>
    </message>
    <message>
      <source>Total: &lt;b&gt;{amount}&lt;/b&gt;</source>
      <translation>Igiteranyo: &lt;b&gt;{amount}&lt;/b&gt;</translation>
    </message>
    <message>
      <source>The database cannot be reached, so the price cannot be worked out; retrying.</source>
      <translation>Ububiko bw'amakuru ntibuboneka, bityo igiciro ntikibarwa; turongera tugerageza.</translation>
    </message>
    <message>
      <source>Subtotal: &lt;b&gt;{amount}&lt;/b&gt;</source>
      <translation>Igiteranyo kibanza: &lt;b&gt;{amount}&lt;/b&gt;</translation>
    </message>
    <message>
      <source>Company pays {company} · customer pays &lt;b&gt;{customer}&lt;/b&gt;</source>
      <translation>Ikigo cyishyura {company} · umukiriya yishyura &lt;b&gt;{customer}&lt;/b&gt;</translation>
    </message>
    <message>
      <source>Change: &lt;b&gt;{amount}&lt;/b&gt;</source>
      <translation>Amafaranga asubizwa: &lt;b&gt;{amount}&lt;/b&gt;</translation>
    </message>
    <message>
      <source>{amount} short</source>
      <translation>Haburaho {amount}</translation>
    </message>
    <message>
      <source>Choose the customer first (F2).</source>
      <translation>Banza uhitemo umukiriya (F2).</translation>
    </message>
    <message>
      <source>Add at least one dish (F3).</source>
      <translation>Ongeraho nibura ibiryo bimwe (F3).</translation>
    </message>
    <message>
      <source>Cash received must be a whole number of francs.</source>
      <translation>Amafaranga yakiriwe agomba kuba umubare wuzuye w'amafaranga.</translation>
    </message>
    <message>
      <source>Order {number} placed — {total}, change {change}.</source>
      <translation>Komande {number} yatanzwe — {total}, asubizwa {change}.</translation>
    </message>
    <message>
      <source>Order {number} placed — {total}.</source>
      <translation>Komande {number} yatanzwe — {total}.</translation>
    </message>
    <message>
      <source>Save receipt</source>
      <translation>Bika inyemezabwishyu</translation>
    </message>
    <message>
      <source>PDF (*.pdf)</source>
      <translation>PDF (*.pdf)</translation>
    </message>
    <message>
      <source>Receipt saved to {path}</source>
      <translation>Inyemezabwishyu yabitswe muri {path}</translation>
    </message>
  </context>
  <context>
    <name>OrderQueuePage</name>
    <message>
      <source>Active (placed, preparing, on the way)</source>
      <translation>Izikigenda (zatanzwe, zirategurwa, ziri mu nzira)</translation>
    </message>
    <message>
      <source>All</source>
      <translation>Zose</translation>
    </message>
    <message>
      <source>any day</source>
      <translation>umunsi uwo ari wo wose</translation>
    </message>
    <message>
      <source>ward</source>
      <translation>serivisi</translation>
    </message>
    <message>
      <source>order number or customer</source>
      <translation>nomero ya komande cyangwa umukiriya</translation>
    </message>
    <message>
      <source>Time</source>
      <translation>Isaha</translation>
    </message>
    <message>
      <source>Age</source>
      <translation>Igihe imaze</translation>
    </message>
    <message>
      <source>Order</source>
      <translation>Komande</translation>
    </message>
    <message>
      <source>Customer</source>
      <translation>Umukiriya</translation>
    </message>
    <message>
      <source>Where</source>
      <translation>Aho ari</translation>
    </message>
    <message>
      <source>Status</source>
      <translation>Uko bihagaze</translation>
    </message>
    <message>
      <source>Total</source>
      <translation>Igiteranyo</translation>
    </message>
    <message>
      <source>&amp;Next step</source>
      <translation>&amp;Intambwe ikurikira</translation>
    </message>
    <message>
      <source>&amp;Cancel order…</source>
      <translation>&amp;Hagarika komande…</translation>
    </message>
    <message>
      <source>&amp;Refund…</source>
      <translation>&amp;Subiza amafaranga…</translation>
    </message>
    <message>
      <source>Receipt P&amp;DF…</source>
      <translation>Inyemezabwishyu muri P&amp;DF…</translation>
    </message>
    <message>
      <source>Receipt pre&amp;view…</source>
      <translation>&amp;Reba inyemezabwishyu…</translation>
    </message>
    <message>
      <source>Show &amp;more</source>
      <translation>Erekana &amp;ibindi</translation>
    </message>
    <message>
      <source>{age} late</source>
      <translation>yatinze {age}</translation>
    </message>
    <message>
      <source>Waiting since {time}; a ward tray, due on the ward at {due}.</source>
      <translation>Itegereje kuva {time}; isahani ya serivisi, igomba kugera muri serivisi saa {due}.</translation>
    </message>
    <message>
      <source>Waiting since {time}; target {minutes} min from placed to delivered.</source>
      <translation>Itegereje kuva {time}; intego ni iminota {minutes} kuva itanzwe kugeza igejejwe.</translation>
    </message>
    <message>
      <source>pickup</source>
      <translation>kwitwarira</translation>
    </message>
    <message>
      <source>{ward}, bed {bed}</source>
      <translation>{ward}, igitanda {bed}</translation>
    </message>
    <message>
      <source>&amp;Next: {step}</source>
      <translation>&amp;Ikurikira: {step}</translation>
    </message>
    <message>
      <source>{number} is now {status}</source>
      <translation>{number} ubu ni {status}</translation>
    </message>
    <message>
      <source>{number} cancelled.</source>
      <translation>{number} yahagaritswe.</translation>
    </message>
    <message>
      <source>{number} refunded.</source>
      <translation>{number} yasubijwe amafaranga.</translation>
    </message>
    <message>
      <source>{number}: fiscal refund receipt {receipt} signed.</source>
      <translation>{number}: inyemezabwishyu y'imisoro yo gusubiza {receipt} yashyizweho umukono.</translation>
    </message>
    <message>
      <source>{number}: the fiscal refund receipt is pending — the EBM controller is not answering. It is kept and sent once the controller answers; print it then from the Till's fiscal tab.</source>
      <translation>{number}: inyemezabwishyu y'imisoro yo gusubiza iracyategereje — igenzura rya EBM ntirisubiza. Irabitswe kandi izoherezwa igenzura rimaze gusubiza; uzayicape icyo gihe muri Kesi, ahari inyemezabwishyu z'imisoro.</translation>
    </message>
    <message>
      <source>Save receipt</source>
      <translation>Bika inyemezabwishyu</translation>
    </message>
    <message>
      <source>PDF (*.pdf)</source>
      <translation>PDF (*.pdf)</translation>
    </message>
    <message>
      <source>Receipt saved to {path}</source>
      <translation>Inyemezabwishyu yabitswe muri {path}</translation>
    </message>
  </context>
  <context>
    <name>PackageDialog</name>
    <message>
      <source>New catering package</source>
      <translation>Ipaki nshya yo kugaburira ibirori</translation>
    </message>
    <message>
      <source>&amp;Name</source>
      <translation>&amp;Izina</translation>
    </message>
    <message>
      <source>&amp;Price per person (RWF)</source>
      <translation>&amp;Igiciro ku muntu (RWF)</translation>
    </message>
    <message>
      <source>M&amp;inimum guests</source>
      <translation>Abashyitsi &amp;bake</translation>
    </message>
    <message>
      <source>M&amp;aximum guests</source>
      <translation>Abashyitsi &amp;benshi</translation>
    </message>
    <message>
      <source>&amp;Setup fee (RWF)</source>
      <translation>&amp;Amafaranga yo gutegura (RWF)</translation>
    </message>
  </context>
  <context>
    <name>PackagesTab</name>
    <message>
      <source>yes</source>
      <translation>yego</translation>
    </message>
    <message>
      <source>no</source>
      <translation>oya</translation>
    </message>
    <message>
      <source>Package</source>
      <translation>Ipaki</translation>
    </message>
    <message>
      <source>Per person</source>
      <translation>Ku muntu</translation>
    </message>
    <message>
      <source>Guests</source>
      <translation>Abashyitsi</translation>
    </message>
    <message>
      <source>Setup</source>
      <translation>Amafaranga yo gutegura</translation>
    </message>
    <message>
      <source>Large groups</source>
      <translation>Amatsinda manini</translation>
    </message>
    <message>
      <source>Add-ons</source>
      <translation>Inyongera</translation>
    </message>
    <message>
      <source>Active</source>
      <translation>Irakora</translation>
    </message>
    <message>
      <source>Add &amp;package…</source>
      <translation>Ongeraho &amp;ipaki…</translation>
    </message>
    <message>
      <source>Add add-&amp;on to selected…</source>
      <translation>Ongeraho &amp;inyongera ku yahiswemo…</translation>
    </message>
    <message>
      <source>Large-group &amp;rate of selected…</source>
      <translation>Igiciro cy'&amp;itsinda rinini ku yahiswemo…</translation>
    </message>
    <message>
      <source>Offer / &amp;withdraw selected</source>
      <translation>Tanga / &amp;kuraho iyahiswemo</translation>
    </message>
    <message>
      <source>from {0}: {1}</source>
      <translation>guhera kuri {0}: {1}</translation>
    </message>
    <message>
      <source>Choose a package first.</source>
      <translation>Banza uhitemo ipaki.</translation>
    </message>
    <message>
      <source>{0} saved.</source>
      <translation>{0} yabitswe.</translation>
    </message>
  </context>
  <context>
    <name>PartnerDialog</name>
    <message>
      <source>New partner</source>
      <translation>Umufatanyabikorwa mushya</translation>
    </message>
    <message>
      <source>Edit partner</source>
      <translation>Hindura umufatanyabikorwa</translation>
    </message>
    <message>
      <source>Company &amp;name</source>
      <translation>&amp;Izina ry'ikigo</translation>
    </message>
    <message>
      <source>&amp;Contact person</source>
      <translation>&amp;Uwo kuvugana na we</translation>
    </message>
    <message>
      <source>&amp;Phone</source>
      <translation>&amp;Telefoni</translation>
    </message>
    <message>
      <source>&amp;Statements in</source>
      <translation>&amp;Raporo mu</translation>
    </message>
  </context>
  <context>
    <name>PatientMealPanel</name>
    <message>
      <source>Patient's meal</source>
      <translation>Ifunguro ry'umurwayi</translation>
    </message>
    <message>
      <source>— not for a patient's bed —</source>
      <translation>— si iy'igitanda cy'umurwayi —</translation>
    </message>
    <message>
      <source>Send it with the next meal</source>
      <translation>Byohereze hamwe n'ifunguro rikurikira</translation>
    </message>
    <message>
      <source>Late tray:</source>
      <translation>Isahani yatinze:</translation>
    </message>
    <message>
      <source>why (a manager approves)</source>
      <translation>impamvu (umuyobozi ni we wemeza)</translation>
    </message>
    <message>
      <source>reason, to confirm a second one</source>
      <translation>impamvu, kugira ngo wemeze iya kabiri</translation>
    </message>
    <message>
      <source>Charge to the patient's account</source>
      <translation>Shyira ku ideni ry'umurwayi</translation>
    </message>
    <message>
      <source>Show dishes outside the diet order</source>
      <translation>Erekana ibiryo bitari mu ndyo yategetswe</translation>
    </message>
    <message>
      <source>Visiting</source>
      <translation>Asura</translation>
    </message>
    <message>
      <source>Meal</source>
      <translation>Ifunguro</translation>
    </message>
    <message>
      <source>Second tray</source>
      <translation>Isahani ya kabiri</translation>
    </message>
    <message>
      <source>A visitor's meal can go to a patient's bed.</source>
      <translation>Ifunguro ry'umushyitsi rishobora kujyanwa ku gitanda cy'umurwayi.</translation>
    </message>
    <message>
      <source>Admitted: &lt;b&gt;{place}&lt;/b&gt;</source>
      <translation>Ari muri: &lt;b&gt;{place}&lt;/b&gt;</translation>
    </message>
    <message>
      <source>Guest of {patient}, {place}</source>
      <translation>Umushyitsi wa {patient}, {place}</translation>
    </message>
    <message>
      <source>regular</source>
      <translation>isanzwe</translation>
    </message>
    <message>
      <source>Diet: {diets}&lt;br&gt;Texture {texture} · drinks {drink}</source>
      <translation>Indyo: {diets}&lt;br&gt;Imiterere {texture} · ibinyobwa {drink}</translation>
    </message>
    <message>
      <source>{patient} is NPO until {until} ({reason})</source>
      <translation>{patient} ntarya ntanywa kugeza {until} ({reason})</translation>
    </message>
    <message>
      <source>Charge to {patient}'s account</source>
      <translation>Shyira ku ideni rya {patient}</translation>
    </message>
    <message>
      <source>{meal} closed at {time} (choose {meal} for a late tray).&lt;br&gt;</source>
      <translation>{meal} yafunze saa {time} (hitamo {meal} ku isahani yatinze).&lt;br&gt;</translation>
    </message>
    <message>
      <source>{meal} for {ward} closed at {time}:&lt;br&gt;send it with the next meal, or a late tray.</source>
      <translation>{meal} ya {ward} yafunze saa {time}:&lt;br&gt;byohereze hamwe n'ifunguro rikurikira, cyangwa isahani yatinze.</translation>
    </message>
    <message>
      <source>{meal} for {ward} closes at {time} — {h} h {m:02d} min left.</source>
      <translation>{meal} ya {ward} ifunga saa {time} — hasigaye {h} h {m:02d} min.</translation>
    </message>
  </context>
  <context>
    <name>PeriodPicker</name>
    <message>
      <source>The last day of the period (included)</source>
      <translation>Umunsi wa nyuma w'igihe (ubariwemo)</translation>
    </message>
    <message>
      <source>&amp;Period</source>
      <translation>&amp;Igihe</translation>
    </message>
    <message>
      <source>from</source>
      <translation>kuva</translation>
    </message>
    <message>
      <source>to</source>
      <translation>kugeza</translation>
    </message>
  </context>
  <context>
    <name>PlansPage</name>
    <message>
      <source>Plans</source>
      <translation>Amapaki</translation>
    </message>
    <message>
      <source>Subscriptions</source>
      <translation>Amafatabuguzi</translation>
    </message>
  </context>
  <context>
    <name>PlansTab</name>
    <message>
      <source>Categories:</source>
      <translation>Ibyiciro:</translation>
    </message>
    <message>
      <source>any price</source>
      <translation>igiciro icyo ari cyo cyose</translation>
    </message>
    <message>
      <source>Up to</source>
      <translation>Kugeza kuri</translation>
    </message>
    <message>
      <source>Plan</source>
      <translation>Ipaki</translation>
    </message>
    <message>
      <source>Category</source>
      <translation>Icyiciro</translation>
    </message>
    <message>
      <source>Price</source>
      <translation>Igiciro</translation>
    </message>
    <message>
      <source>{0} / {1}</source>
      <translation>{0} / {1}</translation>
    </message>
    <message>
      <source>Meals a day</source>
      <translation>Amafunguro ku munsi</translation>
    </message>
    <message>
      <source>Description</source>
      <translation>Ibisobanuro</translation>
    </message>
    <message>
      <source>&amp;Subscribe a customer…</source>
      <translation>&amp;Ha umukiriya ifatabuguzi…</translation>
    </message>
    <message>
      <source>plan name</source>
      <translation>izina ry'ipaki</translation>
    </message>
    <message>
      <source>active</source>
      <translation>akora</translation>
    </message>
    <message>
      <source>Add plan</source>
      <translation>Ongeraho ipaki</translation>
    </message>
    <message>
      <source>Save selected plan</source>
      <translation>Bika ipaki yahiswemo</translation>
    </message>
    <message>
      <source>meals/day</source>
      <translation>amafunguro/umunsi</translation>
    </message>
    <message>
      <source>{0} saved.</source>
      <translation>{0} yabitswe.</translation>
    </message>
    <message>
      <source>Choose a plan first.</source>
      <translation>Banza uhitemo gahunda.</translation>
    </message>
    <message>
      <source>{0} subscribed to {1}.</source>
      <translation>{0} yahawe ifatabuguzi rya {1}.</translation>
    </message>
  </context>
  <context>
    <name>QuickDishes</name>
    <message>
      <source>Quick keys:</source>
      <translation>Utubuto tw'ihuse:</translation>
    </message>
    <message>
      <source>The dishes ordered most in the last four weeks. In the empty dish search, type the number; anywhere on this screen, Alt and the number.</source>
      <translation>Ibiryo byatumijwe cyane mu byumweru bine bishize. Mu gushakisha ibiryo kutarimo ikintu, andika nomero; ahandi hose kuri iyi paji, Alt n'iyo nomero.</translation>
    </message>
  </context>
  <context>
    <name>QuoteDialog</name>
    <message>
      <source>Quote {0}</source>
      <translation>Igiciro cya {0}</translation>
    </message>
    <message>
      <source>&amp;Price (RWF)</source>
      <translation>&amp;Igiciro (RWF)</translation>
    </message>
  </context>
  <context>
    <name>ReconciliationTab</name>
    <message>
      <source>Outcome</source>
      <translation>Uko byagenze</translation>
    </message>
    <message>
      <source>Transaction id</source>
      <translation>Nomero y'igikorwa</translation>
    </message>
    <message>
      <source>Statement</source>
      <translation>Raporo</translation>
    </message>
    <message>
      <source>Statement amount</source>
      <translation>Amafaranga ari kuri raporo</translation>
    </message>
    <message>
      <source>Order</source>
      <translation>Komande</translation>
    </message>
    <message>
      <source>App amount</source>
      <translation>Amafaranga ari muri porogaramu</translation>
    </message>
    <message>
      <source>Resolution</source>
      <translation>Uko cyakemuwe</translation>
    </message>
    <message>
      <source>Import the provider's statement to match it against the mobile-money payments taken at the desks.</source>
      <translation>Injiza raporo y'ikigo cy'itumanaho kugira ngo uyihuze n'ubwishyu bwa Mobile Money bwakiriwe kuri kesi.</translation>
    </message>
    <message>
      <source> min</source>
      <translation> min</translation>
    </message>
    <message>
      <source>&amp;Import statement…</source>
      <translation>&amp;Injiza raporo…</translation>
    </message>
    <message>
      <source>Columns…</source>
      <translation>Inkingi…</translation>
    </message>
    <message>
      <source>&amp;Resolve…</source>
      <translation>&amp;Kemura…</translation>
    </message>
    <message>
      <source>Time window</source>
      <translation>Igihe</translation>
    </message>
    <message>
      <source>Provider's statement</source>
      <translation>Raporo y'ikigo cy'itumanaho</translation>
    </message>
    <message>
      <source>CSV (*.csv)</source>
      <translation>CSV (*.csv)</translation>
    </message>
    <message>
      <source>Choose a line that did not match and is not resolved.</source>
      <translation>Hitamo umurongo utahuye kandi utakemuwe.</translation>
    </message>
  </context>
  <context>
    <name>RecordsPage</name>
    <message>
      <source>Choose a line in the list first.</source>
      <translation>Banza uhitemo umurongo mu rutonde.</translation>
    </message>
  </context>
  <context>
    <name>RefuseLateDialog</name>
    <message>
      <source>Refuse late tray {number}</source>
      <translation>Anga isahani yatinze {number}</translation>
    </message>
    <message>
      <source>Refuse the tray</source>
      <translation>Anga isahani</translation>
    </message>
    <message>
      <source>For</source>
      <translation>Kuri</translation>
    </message>
  </context>
  <context>
    <name>RequestsTab</name>
    <message>
      <source>Open (new, quoted, confirmed)</source>
      <translation>Izifunguye (inshya, izahawe igiciro, izemejwe)</translation>
    </message>
    <message>
      <source>All</source>
      <translation>Zose</translation>
    </message>
    <message>
      <source>requested</source>
      <translation>yasabwe</translation>
    </message>
    <message>
      <source>quoted</source>
      <translation>yahawe igiciro</translation>
    </message>
    <message>
      <source>confirmed</source>
      <translation>yemejwe</translation>
    </message>
    <message>
      <source>completed</source>
      <translation>yarangiye</translation>
    </message>
    <message>
      <source>cancelled</source>
      <translation>yahagaritswe</translation>
    </message>
    <message>
      <source>Request</source>
      <translation>Ubusabe</translation>
    </message>
    <message>
      <source>Event</source>
      <translation>Ibirori</translation>
    </message>
    <message>
      <source>Package</source>
      <translation>Ipaki</translation>
    </message>
    <message>
      <source>Guests</source>
      <translation>Abashyitsi</translation>
    </message>
    <message>
      <source>Contact</source>
      <translation>Uwo kuvugana na we</translation>
    </message>
    <message>
      <source>Status</source>
      <translation>Uko bihagaze</translation>
    </message>
    <message>
      <source>Price</source>
      <translation>Igiciro</translation>
    </message>
    <message>
      <source>Handled</source>
      <translation>Byakozwe</translation>
    </message>
    <message>
      <source>{0} by {1}</source>
      <translation>{0} na {1}</translation>
    </message>
    <message>
      <source>&amp;Quote…</source>
      <translation>&amp;Tanga igiciro…</translation>
    </message>
    <message>
      <source>C&amp;onfirm</source>
      <translation>&amp;Emeza</translation>
    </message>
    <message>
      <source>Co&amp;mplete</source>
      <translation>&amp;Soza</translation>
    </message>
    <message>
      <source>&amp;Cancel…</source>
      <translation>&amp;Hagarika…</translation>
    </message>
    <message>
      <source>{0} (estimate)</source>
      <translation>{0} (igereranya)</translation>
    </message>
    <message>
      <source>Choose a request first.</source>
      <translation>Banza uhitemo ubusabe.</translation>
    </message>
    <message>
      <source>{0} is {1}.</source>
      <translation>{0} ni {1}.</translation>
    </message>
  </context>
  <context>
    <name>ResolveDialog</name>
    <message>
      <source>Resolve</source>
      <translation>Kemura</translation>
    </message>
    <message>
      <source>Resolve {txid}</source>
      <translation>Kemura {txid}</translation>
    </message>
    <message>
      <source>&amp;Resolution</source>
      <translation>&amp;Uko cyakemuwe</translation>
    </message>
    <message>
      <source>&amp;Payment</source>
      <translation>&amp;Ubwishyu</translation>
    </message>
    <message>
      <source>(none)</source>
      <translation>(nta na kimwe)</translation>
    </message>
    <message>
      <source>&amp;Note</source>
      <translation>&amp;Icyitonderwa</translation>
    </message>
  </context>
  <context>
    <name>RoundTab</name>
    <message>
      <source>All wards</source>
      <translation>Serivisi zose</translation>
    </message>
    <message>
      <source>Ward / bed</source>
      <translation>Serivisi / igitanda</translation>
    </message>
    <message>
      <source>Patient</source>
      <translation>Umurwayi</translation>
    </message>
    <message>
      <source>Diet</source>
      <translation>Indyo</translation>
    </message>
    <message>
      <source>Texture / drinks</source>
      <translation>Imiterere / ibinyobwa</translation>
    </message>
    <message>
      <source>Allergens</source>
      <translation>Ibitera aleriji</translation>
    </message>
    <message>
      <source>Ordered</source>
      <translation>Byatumijwe</translation>
    </message>
    <message>
      <source>Round sheet &amp;PDF…</source>
      <translation>&amp;PDF y'uruzinduko…</translation>
    </message>
    <message>
      <source>P&amp;rint round sheet…</source>
      <translation>Ca&amp;pa uruzinduko…</translation>
    </message>
    <message>
      <source>NPO {until}</source>
      <translation>Ntarya ntanywa {until}</translation>
    </message>
    <message>
      <source>NO ORDER YET</source>
      <translation>NTA KOMANDE IRATANGWA</translation>
    </message>
    <message numerus="yes">
      <source> + %n guest(s)</source>
      <translation>
        <numerusform> + umushyitsi %n</numerusform>
        <numerusform> + abashyitsi %n</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n patient(s) · {missing} without an order</source>
      <translation>
        <numerusform>Umurwayi %n · {missing} nta komande</numerusform>
        <numerusform>Abarwayi %n · {missing} nta komande</numerusform>
      </translation>
    </message>
    <message>
      <source>call first (high-risk diet): {names}</source>
      <translation>banza uhamagare (indyo y'ibyago): {names}</translation>
    </message>
    <message>
      <source>Save round sheet</source>
      <translation>Bika urupapuro rw'uruzinduko</translation>
    </message>
    <message>
      <source>PDF (*.pdf)</source>
      <translation>PDF (*.pdf)</translation>
    </message>
    <message>
      <source>Round sheet saved to {path}</source>
      <translation>Urupapuro rw'uruzinduko rwabitswe muri {path}</translation>
    </message>
  </context>
  <context>
    <name>ShiftDecisionDialog</name>
    <message>
      <source>Force-close</source>
      <translation>Gufunga ku gahato</translation>
    </message>
    <message>
      <source>Approve and close</source>
      <translation>Emeza kandi ufunge</translation>
    </message>
    <message>
      <source>Force-close the shift at {desk}</source>
      <translation>Funga ku gahato igihe cy'akazi kuri {desk}</translation>
    </message>
    <message>
      <source>Approve the variance at {desk}</source>
      <translation>Emeza ikinyuranyo kuri {desk}</translation>
    </message>
    <message>
      <source>&amp;Reason</source>
      <translation>&amp;Impamvu</translation>
    </message>
  </context>
  <context>
    <name>ShiftTab</name>
    <message>
      <source>opening float counted, RWF</source>
      <translation>amafaranga yo gutangiriraho yabazwe, RWF</translation>
    </message>
    <message>
      <source>Opening &amp;float (RWF)</source>
      <translation>Amafaranga yo &amp;gutangiriraho (RWF)</translation>
    </message>
    <message>
      <source>Blind close</source>
      <translation>Gufunga utabona ibyari byitezwe</translation>
    </message>
    <message>
      <source>&amp;Open shift</source>
      <translation>&amp;Fungura igihe cy'akazi</translation>
    </message>
    <message>
      <source>&amp;X report</source>
      <translation>Raporo &amp;X</translation>
    </message>
    <message>
      <source>&amp;Close shift…</source>
      <translation>&amp;Funga igihe cy'akazi…</translation>
    </message>
    <message>
      <source>Report P&amp;DF…</source>
      <translation>Raporo muri P&amp;DF…</translation>
    </message>
    <message>
      <source>&amp;Print report</source>
      <translation>&amp;Capa raporo</translation>
    </message>
    <message>
      <source>The shift's X report shows here: open a shift, then press X report.</source>
      <translation>Raporo X y'igihe cy'akazi igaragara hano: fungura igihe cy'akazi, hanyuma ukande Raporo X.</translation>
    </message>
    <message>
      <source>&lt;b&gt;{desk}&lt;/b&gt; has no open shift. Count the float in the drawer and open one to take cash.</source>
      <translation>&lt;b&gt;{desk}&lt;/b&gt; nta gihe cy'akazi gifunguye. Bara amafaranga yo gutangiriraho ari mu isanduku maze ufungure igihe cy'akazi kugira ngo wakire amafaranga.</translation>
    </message>
    <message>
      <source>&lt;b&gt;{desk}&lt;/b&gt;: shift {state} since {when}, opened by {who} with a float of {amount}.</source>
      <translation>&lt;b&gt;{desk}&lt;/b&gt;: igihe cy'akazi {state} kuva {when}, cyafunguwe na {who} gifite amafaranga yo gutangiriraho {amount}.</translation>
    </message>
    <message>
      <source>Shift opened at {desk} with {amount}.</source>
      <translation>Igihe cy'akazi cyafunguwe kuri {desk} gifite {amount}.</translation>
    </message>
    <message>
      <source>{kind}: {amount} recorded.</source>
      <translation>{kind}: {amount} byanditswe.</translation>
    </message>
    <message>
      <source>The count differs from what was recorded by {variance}, more than the {threshold} allowed: a manager must approve the variance with a reason before the shift closes.</source>
      <translation>Ibyabazwe bitandukanye n'ibyanditswe ku {variance}, birenze {threshold} byemewe: umuyobozi agomba kwemeza ikinyuranyo atanga impamvu mbere y'uko igihe cy'akazi gifungwa.</translation>
    </message>
    <message>
      <source>Shift closed. Variance {variance}.</source>
      <translation>Igihe cy'akazi cyafunzwe. Ikinyuranyo {variance}.</translation>
    </message>
    <message>
      <source>Save report</source>
      <translation>Bika raporo</translation>
    </message>
    <message>
      <source>PDF (*.pdf)</source>
      <translation>PDF (*.pdf)</translation>
    </message>
    <message>
      <source>Report saved to {path}</source>
      <translation>Raporo yabitswe muri {path}</translation>
    </message>
    <message>
      <source>Print report</source>
      <translation>Capa raporo</translation>
    </message>
  </context>
  <context>
    <name>ShiftsTab</name>
    <message>
      <source>Desk</source>
      <translation>Kesi</translation>
    </message>
    <message>
      <source>Status</source>
      <translation>Uko bihagaze</translation>
    </message>
    <message>
      <source>Opened</source>
      <translation>Yafunguwe</translation>
    </message>
    <message>
      <source>By</source>
      <translation>Na</translation>
    </message>
    <message>
      <source>Float</source>
      <translation>Amafaranga yo gutangiriraho</translation>
    </message>
    <message>
      <source>Closed</source>
      <translation>Cyafunzwe</translation>
    </message>
    <message>
      <source>Closed by</source>
      <translation>Cyafunzwe na</translation>
    </message>
    <message>
      <source>No shift yet: each desk opens one on its own Till tab, with the float it counted in the drawer.</source>
      <translation>Nta gihe cy'akazi kirafungurwa: buri kesi igifungura ku rupapuro rwayo rwa Kesi, n'amafaranga yo gutangiriraho yabaze mu isanduku.</translation>
    </message>
    <message>
      <source>&amp;Report</source>
      <translation>&amp;Raporo</translation>
    </message>
    <message>
      <source>&amp;Approve variance…</source>
      <translation>&amp;Emeza ikinyuranyo…</translation>
    </message>
    <message>
      <source>&amp;Force-close…</source>
      <translation>Gufunga ku &amp;gahato…</translation>
    </message>
    <message>
      <source>Till rules…</source>
      <translation>Amategeko ya kesi…</translation>
    </message>
    <message>
      <source>The shift at {desk} is {state}.</source>
      <translation>Igihe cy'akazi kuri {desk} ni {state}.</translation>
    </message>
  </context>
  <context>
    <name>StaffPage</name>
    <message>
      <source>Name</source>
      <translation>Izina</translation>
    </message>
    <message>
      <source>Username</source>
      <translation>Izina ukoresha</translation>
    </message>
    <message>
      <source>Role</source>
      <translation>Inshingano</translation>
    </message>
    <message>
      <source>Status</source>
      <translation>Uko bihagaze</translation>
    </message>
    <message>
      <source>Last sign-in</source>
      <translation>Igihe aheruka kwinjira</translation>
    </message>
    <message>
      <source>Filter by name, username or role  (Ctrl+F)</source>
      <translation>Shungura ukoresheje izina, izina ukoresha cyangwa inshingano  (Ctrl+F)</translation>
    </message>
    <message>
      <source>&amp;New account…</source>
      <translation>Konti &amp;nshya…</translation>
    </message>
    <message>
      <source>Change &amp;role…</source>
      <translation>Hindura &amp;inshingano…</translation>
    </message>
    <message>
      <source>&amp;Deactivate</source>
      <translation>&amp;Hagarika konti</translation>
    </message>
    <message>
      <source>Reset &amp;password…</source>
      <translation>Subiramo &amp;ijambo ry'ibanga…</translation>
    </message>
    <message>
      <source>locked</source>
      <translation>ifunze</translation>
    </message>
    <message>
      <source>active</source>
      <translation>akora</translation>
    </message>
    <message>
      <source>deactivated</source>
      <translation>yahagaritswe</translation>
    </message>
    <message>
      <source>&amp;Reactivate</source>
      <translation>&amp;Ongera ukoreshe konti</translation>
    </message>
    <message>
      <source>Account '{username}' created.</source>
      <translation>Konti '{username}' yashyizweho.</translation>
    </message>
    <message>
      <source>Change role</source>
      <translation>Hindura inshingano</translation>
    </message>
    <message>
      <source>New role for {name}:</source>
      <translation>Inshingano nshya za {name}:</translation>
    </message>
    <message>
      <source>{name} is now {role}.</source>
      <translation>{name} ubu ni {role}.</translation>
    </message>
    <message>
      <source>{name} can sign in again.</source>
      <translation>{name} arongera kwinjira.</translation>
    </message>
    <message>
      <source>{name} can no longer sign in.</source>
      <translation>{name} ntagishobora kwinjira.</translation>
    </message>
    <message>
      <source>Reset password</source>
      <translation>Subiramo ijambo ry'ibanga</translation>
    </message>
    <message>
      <source>Temporary password for {name}:</source>
      <translation>Ijambo ry'ibanga ry'agateganyo rya {name}:</translation>
    </message>
    <message>
      <source>{name}'s password was reset and the account unlocked.</source>
      <translation>Ijambo ry'ibanga rya {name} ryasubiwemo kandi konti irafungurwa.</translation>
    </message>
  </context>
  <context>
    <name>StatementTab</name>
    <message>
      <source>Employee no.</source>
      <translation>Nomero y'umukozi</translation>
    </message>
    <message>
      <source>Name</source>
      <translation>Izina</translation>
    </message>
    <message>
      <source>Orders</source>
      <translation>Komande</translation>
    </message>
    <message>
      <source>Total</source>
      <translation>Igiteranyo</translation>
    </message>
    <message>
      <source>Company owes</source>
      <translation>Ikigo kigomba kwishyura</translation>
    </message>
    <message>
      <source>Employee paid</source>
      <translation>Umukozi yishyuye</translation>
    </message>
    <message>
      <source>Month</source>
      <translation>Ukwezi</translation>
    </message>
    <message>
      <source>Export &amp;CSV…</source>
      <translation>Bika nka &amp;CSV…</translation>
    </message>
    <message>
      <source>Export P&amp;DF…</source>
      <translation>Bika nka P&amp;DF…</translation>
    </message>
    <message>
      <source>&amp;Print…</source>
      <translation>&amp;Capa…</translation>
    </message>
    <message>
      <source>Print pre&amp;view…</source>
      <translation>&amp;Reba mbere yo gucapa…</translation>
    </message>
    <message>
      <source>&lt;b&gt;{0}&lt;/b&gt; orders · total &lt;b&gt;{1} RWF&lt;/b&gt; · company owes &lt;b&gt;{2} RWF&lt;/b&gt; · employees paid &lt;b&gt;{3} RWF&lt;/b&gt;</source>
      <translation>Komande &lt;b&gt;{0}&lt;/b&gt; · igiteranyo &lt;b&gt;{1} RWF&lt;/b&gt; · ikigo kigomba kwishyura &lt;b&gt;{2} RWF&lt;/b&gt; · abakozi bishyuye &lt;b&gt;{3} RWF&lt;/b&gt;</translation>
    </message>
    <message>
      <source>Statement {partner}, {month}</source>
      <translation>Raporo ya {partner}, {month}</translation>
    </message>
    <message>
      <source>Export statement</source>
      <translation>Bika raporo</translation>
    </message>
    <message>
      <source>Statement saved to {0}</source>
      <translation>Raporo yabitswe muri {0}</translation>
    </message>
  </context>
  <context>
    <name>SubscribeDialog</name>
    <message>
      <source>Subscribe to {0}</source>
      <translation>Gufata ifatabuguzi rya {0}</translation>
    </message>
    <message>
      <source>Subscribe</source>
      <translation>Tanga ifatabuguzi</translation>
    </message>
    <message>
      <source>{0}: {1}, billed {2}</source>
      <translation>{0}: {1}, yishyurwa {2}</translation>
    </message>
    <message>
      <source>&amp;Customer</source>
      <translation>&amp;Umukiriya</translation>
    </message>
    <message>
      <source>&amp;Starts on</source>
      <translation>&amp;Itangira</translation>
    </message>
    <message>
      <source>Find the customer first.</source>
      <translation>Banza ushake umukiriya.</translation>
    </message>
  </context>
  <context>
    <name>SubscriptionsTab</name>
    <message>
      <source>Customer</source>
      <translation>Umukiriya</translation>
    </message>
    <message>
      <source>Plan</source>
      <translation>Ipaki</translation>
    </message>
    <message>
      <source>Since</source>
      <translation>Kuva</translation>
    </message>
    <message>
      <source>Status</source>
      <translation>Uko bihagaze</translation>
    </message>
    <message>
      <source>Charged so far</source>
      <translation>Ibimaze kwishyuzwa</translation>
    </message>
    <message>
      <source>&amp;Pause</source>
      <translation>&amp;Hagarika by'agateganyo</translation>
    </message>
    <message>
      <source>&amp;Resume</source>
      <translation>&amp;Subukura</translation>
    </message>
    <message>
      <source>&amp;Cancel…</source>
      <translation>&amp;Hagarika…</translation>
    </message>
    <message>
      <source>C&amp;harge due periods</source>
      <translation>&amp;Ishyuza ibihe bigeze</translation>
    </message>
    <message>
      <source>{0}'s {1} is paused.</source>
      <translation>{1} ya {0} yahagaritswe by'agateganyo.</translation>
    </message>
    <message>
      <source>{0}'s {1} is running again.</source>
      <translation>{1} ya {0} yongeye gukora.</translation>
    </message>
    <message>
      <source>Choose a subscription first.</source>
      <translation>Banza uhitemo ifatabuguzi.</translation>
    </message>
    <message>
      <source>{0}'s {1} is cancelled.</source>
      <translation>{1} ya {0} yahagaritswe.</translation>
    </message>
    <message numerus="yes">
      <source>%n period(s) charged.</source>
      <translation>
        <numerusform>Igihe %n cyishyujwe.</numerusform>
        <numerusform>Ibihe %n byishyujwe.</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>SupportDashboard</name>
    <message>
      <source>{days} d {hours} h</source>
      <translation>{days} imin {hours} h</translation>
    </message>
    <message>
      <source>{hours} h {minutes} min</source>
      <translation>{hours} h {minutes} min</translation>
    </message>
    <message>
      <source>{minutes} min</source>
      <translation>{minutes} min</translation>
    </message>
    <message>
      <source>&amp;Refresh</source>
      <translation>&amp;Vugurura</translation>
    </message>
    <message>
      <source>Export &amp;PDF…</source>
      <translation>Bika nka &amp;PDF…</translation>
    </message>
    <message>
      <source>Of the tickets created in the period and assigned to this person: those resolved late or still open past their resolution target, out of those resolved or already due.</source>
      <translation>Mu bibazo byatanzwe muri iki gihe bigahabwa uyu muntu: ibyakemuwe bitinze cyangwa bigifunguye nyuma y'igihe byagombaga gukemurirwamo, ku byakemuwe cyangwa byageze igihe.</translation>
    </message>
    <message>
      <source>Staff</source>
      <translation>Abakozi</translation>
    </message>
    <message>
      <source>Resolved</source>
      <translation>Byakemuwe</translation>
    </message>
    <message>
      <source>Median resolution</source>
      <translation>Igihe cyo gukemura cyo hagati</translation>
    </message>
    <message>
      <source>Mean resolution</source>
      <translation>Igihe cyo gukemura ugereranyije</translation>
    </message>
    <message>
      <source>Median first response</source>
      <translation>Igisubizo cya mbere cyo hagati</translation>
    </message>
    <message>
      <source>Resolution SLA breached</source>
      <translation>Igihe cyo gukemura cyarenze</translation>
    </message>
    <message>
      <source>Open now</source>
      <translation>Bifunguye ubu</translation>
    </message>
    <message>
      <source>CSV</source>
      <translation>CSV</translation>
    </message>
    <message>
      <source>Staff performance (resolved in the period; SLA over tickets created in it)</source>
      <translation>Umusaruro w'abakozi (ibyakemuwe muri iki gihe; igihe ntarengwa ku bibazo byatanzwe muri cyo)</translation>
    </message>
    <message>
      <source>The period must end after it starts.</source>
      <translation>Igihe kigomba kurangira nyuma y'uko gitangiye.</translation>
    </message>
    <message>
      <source>As of {moment}</source>
      <translation>Kugeza {moment}</translation>
    </message>
    <message>
      <source>{open} open, {in_progress} in progress</source>
      <translation>{open} bifunguye, {in_progress} biri gukorwaho</translation>
    </message>
    <message>
      <source>tickets opened in the period</source>
      <translation>ibibazo byatanzwe muri iki gihe</translation>
    </message>
    <message>
      <source>last resolved (or closed) in the period</source>
      <translation>ibyakemuwe (cyangwa byafunzwe) bwa nyuma muri iki gihe</translation>
    </message>
    <message>
      <source>median; mean {mean}</source>
      <translation>hagati; ugereranyije {mean}</translation>
    </message>
    <message>
      <source>No ticket was resolved in this period.</source>
      <translation>Nta kibazo cyakemuwe muri iki gihe.</translation>
    </message>
    <message>
      <source>No ticket created in this period has had a reply yet.</source>
      <translation>Nta kibazo cyatanzwe muri iki gihe kirasubizwa.</translation>
    </message>
    <message>
      <source>tickets</source>
      <translation>ibibazo</translation>
    </message>
    <message>
      <source>First response</source>
      <translation>Igisubizo cya mbere</translation>
    </message>
    <message>
      <source>Resolution</source>
      <translation>Uko cyakemuwe</translation>
    </message>
    <message>
      <source>Created</source>
      <translation>Byatanzwe</translation>
    </message>
    <message>
      <source>Save staff performance</source>
      <translation>Bika umusaruro w'abakozi</translation>
    </message>
    <message>
      <source>Save dashboard</source>
      <translation>Bika imbonerahamwe y'incamake</translation>
    </message>
    <message>
      <source>{start} to {end} (end excluded). </source>
      <translation>Kuva {start} kugeza {end} (utabariwemo). </translation>
    </message>
    <message>
      <source>Dusangire — Support</source>
      <translation>Dusangire — Ubufasha</translation>
    </message>
    <message>
      <source>Saved {path}</source>
      <translation>Byabitswe: {path}</translation>
    </message>
  </context>
  <context>
    <name>TicketsPage</name>
    <message>
      <source>Unfinished (open, in progress)</source>
      <translation>Bitarangiye (bifunguye, biri gukorwaho)</translation>
    </message>
    <message>
      <source>All</source>
      <translation>Zose</translation>
    </message>
    <message>
      <source>Any priority</source>
      <translation>Uburemere ubwo ari bwo bwose</translation>
    </message>
    <message>
      <source>&amp;Overdue only</source>
      <translation>&amp;Ibyatinze gusa</translation>
    </message>
    <message>
      <source>subject or number</source>
      <translation>ikibazo cyangwa nomero</translation>
    </message>
    <message>
      <source>&amp;New ticket…</source>
      <translation>Ikibazo &amp;gishya…</translation>
    </message>
    <message>
      <source>Ticket</source>
      <translation>Ikibazo</translation>
    </message>
    <message>
      <source>Subject</source>
      <translation>Ikibazo kivuga ku ki</translation>
    </message>
    <message>
      <source>Priority</source>
      <translation>Uburemere</translation>
    </message>
    <message>
      <source>Status</source>
      <translation>Uko bihagaze</translation>
    </message>
    <message>
      <source>Assignee</source>
      <translation>Gishinzwe</translation>
    </message>
    <message>
      <source>Created</source>
      <translation>Byatanzwe</translation>
    </message>
    <message>
      <source>SLA</source>
      <translation>Igihe ntarengwa</translation>
    </message>
    <message>
      <source>OVERDUE</source>
      <translation>CYATINZE</translation>
    </message>
    <message>
      <source>First reply due {0}; resolution due {1}</source>
      <translation>Igisubizo cya mbere mbere ya {0}; gukemura mbere ya {1}</translation>
    </message>
    <message>
      <source>No ticket matches these filters.</source>
      <translation>Nta kibazo gihuye n'ibi wahisemo.</translation>
    </message>
    <message>
      <source>Choose a ticket.</source>
      <translation>Hitamo ikibazo.</translation>
    </message>
    <message>
      <source>Reply to the customer, or an internal note</source>
      <translation>Subiza umukiriya, cyangwa wandike icyitonderwa cy'imbere</translation>
    </message>
    <message>
      <source>&amp;Internal note</source>
      <translation>Icyitonderwa cy'&amp;imbere</translation>
    </message>
    <message>
      <source>An internal note: the customer does not see it.</source>
      <translation>Icyitonderwa cy'imbere: umukiriya ntakibona.</translation>
    </message>
    <message>
      <source>Add &amp;comment</source>
      <translation>Ongeraho &amp;igitekerezo</translation>
    </message>
    <message>
      <source>&amp;Assign</source>
      <translation>&amp;Gishinge</translation>
    </message>
    <message>
      <source>Set priorit&amp;y</source>
      <translation>Shyiraho &amp;uburemere</translation>
    </message>
    <message>
      <source>Start</source>
      <translation>Tangira</translation>
    </message>
    <message>
      <source>Resolve</source>
      <translation>Kemura</translation>
    </message>
    <message>
      <source>Close</source>
      <translation>Funga</translation>
    </message>
    <message>
      <source>Reopen</source>
      <translation>Ongera ufungure</translation>
    </message>
    <message>
      <source>Anyone</source>
      <translation>Uwo ari we wese</translation>
    </message>
    <message>
      <source>Unassigned</source>
      <translation>Nta ugishinzwe</translation>
    </message>
    <message>
      <source>not yet (due {0})</source>
      <translation>ntibirakorwa (igihe ntarengwa {0})</translation>
    </message>
    <message>
      <source>unassigned</source>
      <translation>nta ugishinzwe</translation>
    </message>
    <message>
      <source>customer {0}</source>
      <translation>umukiriya {0}</translation>
    </message>
    <message>
      <source>order {0}</source>
      <translation>komande {0}</translation>
    </message>
    <message>
      <source>First response: {0}</source>
      <translation>Igisubizo cya mbere: {0}</translation>
    </message>
    <message>
      <source>(internal)</source>
      <translation>(imbere)</translation>
    </message>
    <message>
      <source>{0}: {1}.</source>
      <translation>{0}: {1}.</translation>
    </message>
    <message>
      <source>{0} assigned.</source>
      <translation>{0} cyahawe ugishinzwe.</translation>
    </message>
    <message>
      <source>{0} is now {1}.</source>
      <translation>{0} ubu ni {1}.</translation>
    </message>
    <message>
      <source>{0} created.</source>
      <translation>{0} cyatanzwe.</translation>
    </message>
  </context>
  <context>
    <name>TillPage</name>
    <message>
      <source>This desk's shift</source>
      <translation>Igihe cy'akazi cy'iyi kesi</translation>
    </message>
    <message>
      <source>All shifts</source>
      <translation>Ibihe by'akazi byose</translation>
    </message>
    <message>
      <source>Mobile-money reconciliation</source>
      <translation>Guhuza Mobile Money</translation>
    </message>
    <message>
      <source>Fiscal receipts</source>
      <translation>Inyemezabwishyu z'imisoro</translation>
    </message>
  </context>
  <context>
    <name>TillRulesDialog</name>
    <message>
      <source>Till rules</source>
      <translation>Amategeko ya kesi</translation>
    </message>
    <message>
      <source>Variance needing &amp;approval above (RWF)</source>
      <translation>Ikinyuranyo gisaba &amp;kwemezwa iyo kirenze (RWF)</translation>
    </message>
    <message>
      <source>&amp;Blind close</source>
      <translation>Gufunga &amp;utabona ibyari byitezwe</translation>
    </message>
  </context>
  <context>
    <name>TransferDialog</name>
    <message>
      <source>Transfer {patient}</source>
      <translation>Kwimura {patient}</translation>
    </message>
    <message>
      <source>Transfer</source>
      <translation>Imura</translation>
    </message>
    <message>
      <source>Now in</source>
      <translation>Ubu ari muri</translation>
    </message>
    <message>
      <source>To ward</source>
      <translation>Ajya muri serivisi</translation>
    </message>
    <message>
      <source>Bed</source>
      <translation>Igitanda</translation>
    </message>
  </context>
  <context>
    <name>TraysTab</name>
    <message>
      <source>All wards</source>
      <translation>Serivisi zose</translation>
    </message>
    <message>
      <source>Ward / bed</source>
      <translation>Serivisi / igitanda</translation>
    </message>
    <message>
      <source>Patient</source>
      <translation>Umurwayi</translation>
    </message>
    <message>
      <source> (guest)</source>
      <translation> (umushyitsi)</translation>
    </message>
    <message>
      <source>Dishes</source>
      <translation>Ibiryo</translation>
    </message>
    <message>
      <source>Status</source>
      <translation>Uko bihagaze</translation>
    </message>
    <message>
      <source>Due</source>
      <translation>Igihe ntarengwa</translation>
    </message>
    <message>
      <source>Late</source>
      <translation>Byatinze</translation>
    </message>
    <message>
      <source>Order</source>
      <translation>Komande</translation>
    </message>
    <message>
      <source>Dish</source>
      <translation>Ibiryo</translation>
    </message>
    <message>
      <source>Texture</source>
      <translation>Imiterere</translation>
    </message>
    <message>
      <source>Ward</source>
      <translation>Serivisi</translation>
    </message>
    <message>
      <source>Count</source>
      <translation>Umubare</translation>
    </message>
    <message>
      <source>Approve late tray…</source>
      <translation>Emeza isahani yatinze…</translation>
    </message>
    <message>
      <source>Refuse late tray…</source>
      <translation>Anga isahani yatinze…</translation>
    </message>
    <message>
      <source>Tickets 80 mm PDF…</source>
      <translation>Udupapuro twa 80 mm muri PDF…</translation>
    </message>
    <message>
      <source>Tickets A6 PDF…</source>
      <translation>Udupapuro twa A6 muri PDF…</translation>
    </message>
    <message>
      <source>&amp;Print tickets</source>
      <translation>&amp;Capa udupapuro</translation>
    </message>
    <message>
      <source>80 mm roll…</source>
      <translation>Umuzingo wa 80 mm…</translation>
    </message>
    <message>
      <source>A6 labels…</source>
      <translation>Udupapuro twa A6…</translation>
    </message>
    <message>
      <source>&lt;b&gt;Kitchen counts&lt;/b&gt; (approved trays)</source>
      <translation>&lt;b&gt;Imibare y'igikoni&lt;/b&gt; (amasahani yemejwe)</translation>
    </message>
    <message>
      <source>Refused by {who}: {why}</source>
      <translation>Byanzwe na {who}: {why}</translation>
    </message>
    <message>
      <source>{m} min</source>
      <translation>{m} min</translation>
    </message>
    <message numerus="yes">
      <source>%n dish(es) — {totals}</source>
      <translation>
        <numerusform>Ibiryo %n — {totals}</numerusform>
        <numerusform>Ibiryo %n — {totals}</numerusform>
      </translation>
    </message>
    <message>
      <source>Late tray for {patient} refused; order {number} cancelled.</source>
      <translation>Isahani yatinze ya {patient} yanzwe; komande {number} yahagaritswe.</translation>
    </message>
    <message numerus="yes">
      <source>%n tray ticket(s) saved to {path}</source>
      <translation>
        <numerusform>Agapapuro %n k'isahani kabitswe muri {path}</numerusform>
        <numerusform>Udupapuro %n tw'amasahani twabitswe muri {path}</numerusform>
      </translation>
    </message>
    <message>
      <source>Save tray tickets</source>
      <translation>Bika udupapuro tw'amasahani</translation>
    </message>
    <message>
      <source>PDF (*.pdf)</source>
      <translation>PDF (*.pdf)</translation>
    </message>
  </context>
  <context>
    <name>WardCutoffDialog</name>
    <message>
      <source>Ward cut-off</source>
      <translation>Igihe ntarengwa cya serivisi</translation>
    </message>
    <message>
      <source>&amp;Ward</source>
      <translation>&amp;Serivisi</translation>
    </message>
    <message>
      <source>&amp;Meal</source>
      <translation>&amp;Ifunguro</translation>
    </message>
    <message>
      <source>Own cut-off</source>
      <translation>Igihe ntarengwa cyihariye</translation>
    </message>
    <message>
      <source>This ward closes at its own time</source>
      <translation>Iyi serivisi ifunga ku isaha yayo yihariye</translation>
    </message>
    <message>
      <source>Orders &amp;close</source>
      <translation>Komande &amp;zifunga</translation>
    </message>
    <message>
      <source>All wards: orders close {cutoff}; served from {start}.</source>
      <translation>Serivisi zose: komande zifunga saa {cutoff}; ritangwa guhera saa {start}.</translation>
    </message>
  </context>
  <context>
    <name>WardsPage</name>
    <message>
      <source>Patients</source>
      <translation>Abarwayi</translation>
    </message>
    <message>
      <source>Round sheet</source>
      <translation>Urupapuro rw'uruzinduko</translation>
    </message>
    <message>
      <source>Trays and kitchen</source>
      <translation>Amasahani n'igikoni</translation>
    </message>
    <message>
      <source>Meal times</source>
      <translation>Amasaha y'amafunguro</translation>
    </message>
  </context>
  <context>
    <name>_MealPicker</name>
    <message>
      <source>Day</source>
      <translation>Umunsi</translation>
    </message>
    <message>
      <source>Meal</source>
      <translation>Ifunguro</translation>
    </message>
    <message>
      <source>Ward</source>
      <translation>Serivisi</translation>
    </message>
  </context>
  <context>
    <name>app</name>
    <message>
      <source>This is a read-only copy of the database: everything can be looked at, nothing can be saved. Make changes on the shared database.</source>
      <translation>Iyi ni kopi y'ububiko bw'amakuru yo gusoma gusa: byose birarebwa, nta na kimwe kibikwa. Hindura ibintu ku bubiko bw'amakuru busangiwe.</translation>
    </message>
    <message>
      <source>Opening the database: checking the dashboards' figures…</source>
      <translation>Turafungura ububiko bw'amakuru: turagenzura imibare y'imbonerahamwe z'incamake…</translation>
    </message>
    <message>
      <source>Dusangire Desktop</source>
      <translation>Dusangire Desktop</translation>
    </message>
    <message>
      <source>Demo data loaded. Sign in as 'admin' with password {password}.</source>
      <translation>Amakuru y'imyitozo yashyizwemo. Injira nka 'admin' ukoresheje ijambo ry'ibanga {password}.</translation>
    </message>
    <message>
      <source>Creating demo data…</source>
      <translation>Turashyiraho amakuru y'imyitozo…</translation>
    </message>
    <message>
      <source>Loading the demo data</source>
      <translation>Gushyiramo amakuru y'imyitozo</translation>
    </message>
  </context>
  <context>
    <name>areas</name>
    <message>
      <source>New order</source>
      <translation>Komande nshya</translation>
    </message>
    <message>
      <source>Front desk</source>
      <translation>Kwakira abantu</translation>
    </message>
    <message>
      <source>Order queue</source>
      <translation>Umurongo wa komande</translation>
    </message>
    <message>
      <source>Wards</source>
      <translation>Serivisi</translation>
    </message>
    <message>
      <source>Till</source>
      <translation>Kesi</translation>
    </message>
    <message>
      <source>Catering</source>
      <translation>Kugaburira ibirori</translation>
    </message>
    <message>
      <source>Meal packages</source>
      <translation>Amapaki y'amafunguro</translation>
    </message>
    <message>
      <source>Support tickets</source>
      <translation>Ibibazo by'ubufasha</translation>
    </message>
    <message>
      <source>Support</source>
      <translation>Ubufasha</translation>
    </message>
    <message>
      <source>Consultations</source>
      <translation>Ubujyanama</translation>
    </message>
    <message>
      <source>Nutrition</source>
      <translation>Imirire</translation>
    </message>
    <message>
      <source>My clients and plans</source>
      <translation>Abakiriya banjye na gahunda</translation>
    </message>
    <message>
      <source>Availability and time off</source>
      <translation>Amasaha n'ibiruhuko</translation>
    </message>
    <message>
      <source>Customers</source>
      <translation>Abakiriya</translation>
    </message>
    <message>
      <source>Corporate partners</source>
      <translation>Abafatanyabikorwa</translation>
    </message>
    <message>
      <source>Management</source>
      <translation>Ubuyobozi</translation>
    </message>
    <message>
      <source>Menu</source>
      <translation>Urutonde rw'ibiryo</translation>
    </message>
    <message>
      <source>Administration</source>
      <translation>Imicungire ya sisitemu</translation>
    </message>
    <message>
      <source>Business intelligence</source>
      <translation>Isesengura ry'ubucuruzi</translation>
    </message>
    <message>
      <source>Operations today</source>
      <translation>Ibikorwa by'uyu munsi</translation>
    </message>
    <message>
      <source>Support dashboard</source>
      <translation>Incamake y'ubufasha</translation>
    </message>
    <message>
      <source>Staff accounts</source>
      <translation>Konti z'abakozi</translation>
    </message>
    <message>
      <source>Audit log</source>
      <translation>Igitabo cy'ibikorwa</translation>
    </message>
    <message>
      <source>My account</source>
      <translation>Konti yanjye</translation>
    </message>
  </context>
  <context>
    <name>dashboards</name>
    <message>
      <source>Orders</source>
      <translation>Komande</translation>
    </message>
    <message>
      <source>Order revenue</source>
      <translation>Amafaranga ya komande</translation>
    </message>
    <message>
      <source>Average order value</source>
      <translation>Impuzandengo ya komande</translation>
    </message>
    <message>
      <source>Retention</source>
      <translation>Abakiriya bagarutse</translation>
    </message>
    <message>
      <source>Churn (orders)</source>
      <translation>Abagiye (komande)</translation>
    </message>
    <message>
      <source>Churn (subscriptions)</source>
      <translation>Abagiye (amafatabuguzi)</translation>
    </message>
    <message>
      <source>Lifetime value (historical)</source>
      <translation>Agaciro k'umukiriya (amateka)</translation>
    </message>
    <message>
      <source>Lifetime value (predictive)</source>
      <translation>Agaciro k'umukiriya (iteganya)</translation>
    </message>
    <message>
      <source>Revenue, all channels</source>
      <translation>Amafaranga yinjiye, inzira zose</translation>
    </message>
    <message>
      <source>Target attainment</source>
      <translation>Kugera ku ntego</translation>
    </message>
    <message>
      <source>Corporate</source>
      <translation>Ibigo</translation>
    </message>
    <message>
      <source>Catering</source>
      <translation>Kugaburira ibirori</translation>
    </message>
    <message>
      <source>Subscriptions</source>
      <translation>Amafatabuguzi</translation>
    </message>
    <message>
      <source>Revenue by month and target</source>
      <translation>Amafaranga yinjiye ku kwezi n'intego</translation>
    </message>
    <message>
      <source>Average order value by month</source>
      <translation>Impuzandengo ya komande ku kwezi</translation>
    </message>
    <message>
      <source>This month (to date)</source>
      <translation>Uku kwezi (kugeza ubu)</translation>
    </message>
    <message>
      <source>Last month</source>
      <translation>Ukwezi gushize</translation>
    </message>
    <message>
      <source>Last 3 months</source>
      <translation>Amezi 3 ashize</translation>
    </message>
    <message>
      <source>This year (to date)</source>
      <translation>Uyu mwaka (kugeza ubu)</translation>
    </message>
    <message>
      <source>Custom</source>
      <translation>Wihitiyemo</translation>
    </message>
    <message>
      <source>Today — {channel}</source>
      <translation>Uyu munsi — {channel}</translation>
    </message>
    <message>
      <source>Month to date — {channel}</source>
      <translation>Uku kwezi kugeza ubu — {channel}</translation>
    </message>
    <message>
      <source>total</source>
      <translation>igiteranyo</translation>
    </message>
    <message>
      <source>Orders placed today</source>
      <translation>Komande zatanzwe uyu munsi</translation>
    </message>
    <message>
      <source>Late now</source>
      <translation>Izatinze ubu</translation>
    </message>
    <message>
      <source>Placed → delivered today</source>
      <translation>Gutangwa → kugezwa uyu munsi</translation>
    </message>
    <message>
      <source>Catering events today</source>
      <translation>Ibirori byo kugaburira uyu munsi</translation>
    </message>
    <message>
      <source>Consultations today</source>
      <translation>Ubujyanama bw'uyu munsi</translation>
    </message>
    <message>
      <source>Month to date by channel</source>
      <translation>Uku kwezi hakurikijwe inzira</translation>
    </message>
    <message>
      <source>Orders placed today by state</source>
      <translation>Komande zatanzwe uyu munsi hakurikijwe aho zigeze</translation>
    </message>
    <message>
      <source>Backlog (open + in progress)</source>
      <translation>Ibisigaye (bifunguye + biri gukorwaho)</translation>
    </message>
    <message>
      <source>Created</source>
      <translation>Byatanzwe</translation>
    </message>
    <message>
      <source>Resolved</source>
      <translation>Byakemuwe</translation>
    </message>
    <message>
      <source>Resolution time</source>
      <translation>Igihe cyo gukemura</translation>
    </message>
    <message>
      <source>First response time</source>
      <translation>Igihe cy'igisubizo cya mbere</translation>
    </message>
    <message>
      <source>Tickets by status now</source>
      <translation>Ibibazo hakurikijwe aho bigeze ubu</translation>
    </message>
    <message>
      <source>SLA breach rate by priority (%)</source>
      <translation>Igipimo cy'ibyarengeje igihe hakurikijwe uburemere (%)</translation>
    </message>
    <message>
      <source>Created in the period and open now, by priority</source>
      <translation>Byatanzwe muri iki gihe kandi bifunguye ubu, hakurikijwe uburemere</translation>
    </message>
  </context>
  <context>
    <name>errors</name>
    <message>
      <source>Unsupported database '{driver}'. Dusangire runs on SQLite files and PostgreSQL.</source>
      <translation>Ububiko bw'amakuru '{driver}' ntibushyigikiwe. Dusangire ikora kuri dosiye za SQLite na PostgreSQL.</translation>
    </message>
    <message>
      <source>'{url}' is not a database address. Use a file path like sqlite:///C:/data/dusangire.sqlite or postgresql+psycopg://user@host/dbname.</source>
      <translation>'{url}' si aderesi y'ububiko bw'amakuru. Koresha inzira ya dosiye nka sqlite:///C:/data/dusangire.sqlite cyangwa postgresql+psycopg://user@host/dbname.</translation>
    </message>
    <message>
      <source>SQLite file {path}</source>
      <translation>Dosiye ya SQLite {path}</translation>
    </message>
    <message>
      <source>Cannot reach {where}: the server name '{host}' is not known. Check the server name in the database address, and the network cable or Wi-Fi; your work is kept and the app retries.</source>
      <translation>Ntibishobotse kugera kuri {where}: izina rya seriveri '{host}' ntirizwi. Genzura izina rya seriveri muri aderesi y'ububiko bw'amakuru, n'umugozi w'urusobe cyangwa Wi-Fi; ibyo wakoze biracyahari kandi porogaramu irongera igerageze.</translation>
    </message>
    <message>
      <source>Cannot reach {where}: the server did not answer within {seconds} seconds. Check the network cable or Wi-Fi, and that the database server is running; your work is kept and the app retries.</source>
      <translation>Ntibishobotse kugera kuri {where}: seriveri ntiyasubije mu masegonda {seconds}. Genzura umugozi w'urusobe cyangwa Wi-Fi, n'uko seriveri y'ububiko bw'amakuru ikora; ibyo wakoze biracyahari kandi porogaramu irongera igerageze.</translation>
    </message>
    <message>
      <source>{where}: the password for user '{user}' is wrong (or missing). Check the password in the database address, or ask IT for it.</source>
      <translation>{where}: ijambo ry'ibanga ry'ukoresha '{user}' si ryo (cyangwa ntiririmo). Genzura ijambo ry'ibanga muri aderesi y'ububiko bw'amakuru, cyangwa urisabe abashinzwe ikoranabuhanga.</translation>
    </message>
    <message>
      <source>{where}: the server has no user '{user}'. Check the user name in the database address, or ask IT to create it (CREATE ROLE "{user}" LOGIN PASSWORD '...').</source>
      <translation>{where}: seriveri nta ukoresha '{user}' ifite. Genzura izina ukoresha muri aderesi y'ububiko bw'amakuru, cyangwa usabe abashinzwe ikoranabuhanga kumurema (CREATE ROLE "{user}" LOGIN PASSWORD '...').</translation>
    </message>
    <message>
      <source>PostgreSQL at {host} has no database '{name}'. Check the name in the database address, or create it (CREATE DATABASE {name}; or createdb -h {host} {name}), then start again: Dusangire creates its tables in it.</source>
      <translation>PostgreSQL kuri {host} nta bubiko bw'amakuru '{name}' ifite. Genzura izina muri aderesi y'ububiko bw'amakuru, cyangwa uburema (CREATE DATABASE {name}; cyangwa createdb -h {host} {name}), hanyuma wongere utangire: Dusangire ishyiramo imbonerahamwe zayo.</translation>
    </message>
    <message>
      <source>{where} does not let user '{user}' connect from this workstation ({detail}). Ask IT to allow it (pg_hba.conf on the server).</source>
      <translation>{where} ntiyemerera ukoresha '{user}' kwinjira avuye kuri iyi mashini ({detail}). Saba abashinzwe ikoranabuhanga kubyemera (pg_hba.conf kuri seriveri).</translation>
    </message>
    <message>
      <source>{where} is damaged or is not a Dusangire database ({detail}). Restore it from a backup copy (a .bak file sits beside it after each upgrade) or choose another file with --database.</source>
      <translation>{where} yangiritse cyangwa si ububiko bw'amakuru bwa Dusangire ({detail}). Yigarure ukoresheje kopi y'ububiko (dosiye .bak iba iruhande rwayo nyuma ya buri ivugurura) cyangwa uhitemo indi dosiye ukoresheje --database.</translation>
    </message>
    <message>
      <source>{where} cannot be opened ({detail}). Check that the folder exists and is writable.</source>
      <translation>{where} ntishobora gufungurwa ({detail}). Genzura ko ububiko buhari kandi bwandikwamo.</translation>
    </message>
    <message>
      <source>Cannot reach {where} ({detail}). Check the network cable or Wi-Fi, and that the database server is running; your work is kept and the app retries.</source>
      <translation>Ntibishobotse kugera kuri {where} ({detail}). Genzura umugozi w'urusobe cyangwa Wi-Fi, n'uko seriveri y'ububiko bw'amakuru ikora; ibyo wakoze biracyahari kandi porogaramu irongera igerageze.</translation>
    </message>
    <message>
      <source>{where} is read-only (the file or its folder), so nothing can be saved there. Commands that only read (report, staff list) work on it; to change data, ask IT for write access or use the shared database.</source>
      <translation>{where} isomwa gusa (dosiye cyangwa ububiko bwayo), bityo nta cyabikwamo. Amabwiriza asoma gusa (report, staff list) arakora; kugira ngo uhindure amakuru, saba abashinzwe ikoranabuhanga uburenganzira bwo kwandika cyangwa ukoreshe ububiko bw'amakuru busangiwe.</translation>
    </message>
    <message>
      <source>The folder {folder} does not exist, so SQLite file {name} cannot be there. Create the folder, or choose another file with --database.</source>
      <translation>Ububiko {folder} ntibubaho, bityo dosiye ya SQLite {name} ntishobora kubamo. Rema ubwo bubiko, cyangwa uhitemo indi dosiye ukoresheje --database.</translation>
    </message>
    <message>
      <source>run `dusangire-desktop db upgrade` on it (with the same --database) first</source>
      <translation>banza ukoreho `dusangire-desktop db upgrade` (ukoresheje --database imwe)</translation>
    </message>
    <message>
      <source>it is a read-only copy, so it cannot be upgraded here: take a new snapshot</source>
      <translation>ni kopi isomwa gusa, ntishobora kuvugururirwa hano: fata indi kopi nshya</translation>
    </message>
    <message>
      <source>{where} does not exist, so there is nothing to read. Check the file name; to start a new database there, {hint}.</source>
      <translation>{where} ntibaho, bityo nta cyo gusoma gihari. Genzura izina rya dosiye; kugira ngo utangize ububiko bushya aho, {hint}.</translation>
    </message>
    <message>
      <source> and {count} more</source>
      <translation> n'izindi {count}</translation>
    </message>
    <message>
      <source>{where} holds schema revision {revision}, which this version of Dusangire Desktop does not know: it was made by a newer version (install that version on this workstation) or by another application (check the address).</source>
      <translation>{where} ifite imiterere {revision} iyi verisiyo ya Dusangire Desktop itazi: yakozwe na verisiyo nshya (shyira iyo verisiyo kuri iyi mashini) cyangwa n'indi porogaramu (genzura aderesi).</translation>
    </message>
    <message>
      <source>{where} has no Dusangire schema (it holds other tables: {tables}); {hint}, or check the address.</source>
      <translation>{where} nta miterere ya Dusangire ifite (irimo izindi mbonerahamwe: {tables}); {hint}, cyangwa ugenzure aderesi.</translation>
    </message>
    <message>
      <source>{where} has no Dusangire schema; {hint}, or check the address.</source>
      <translation>{where} nta miterere ya Dusangire ifite; {hint}, cyangwa ugenzure aderesi.</translation>
    </message>
    <message>
      <source>{where} has an older schema ({current}) than this version of the app ({head}); {hint}.</source>
      <translation>{where} ifite imiterere ishaje ({current}) kurusha iy'iyi verisiyo ya porogaramu ({head}); {hint}.</translation>
    </message>
    <message>
      <source>{where} already holds other tables ({tables}) but no Dusangire schema, so Dusangire will not put its tables beside them. Choose an empty database (CREATE DATABASE dusangire) or a new SQLite file with --database.</source>
      <translation>{where} isanzwe irimo izindi mbonerahamwe ({tables}) ariko nta miterere ya Dusangire, bityo Dusangire ntizashyira imbonerahamwe zayo iruhande rwazo. Hitamo ububiko bw'amakuru burimo ubusa (CREATE DATABASE dusangire) cyangwa dosiye nshya ya SQLite ukoresheje --database.</translation>
    </message>
    <message>
      <source>Enter a username.</source>
      <translation>Andika izina ukoresha.</translation>
    </message>
    <message>
      <source>The username may have at most 40 characters.</source>
      <translation>Izina ukoresha ntirigomba kurenza inyuguti 40.</translation>
    </message>
    <message>
      <source>A username starts with a letter and uses 3 to 40 lowercase letters, digits, dots, dashes or underscores (for example 'a.uwase').</source>
      <translation>Izina ukoresha ritangizwa n'inyuguti, rikagira inyuguti nto, imibare, utudomo, uturongo cyangwa udukoni two hasi kuva kuri 3 kugeza kuri 40 (urugero 'a.uwase').</translation>
    </message>
    <message>
      <source>Enter the person's full name.</source>
      <translation>Andika amazina yose y'umuntu.</translation>
    </message>
    <message>
      <source>The name may have at most {limit} characters.</source>
      <translation>Izina ntirigomba kurenza inyuguti {limit}.</translation>
    </message>
    <message>
      <source>An administrator already exists. Sign in with that account instead.</source>
      <translation>Umuyobozi wa sisitemu asanzwe ahari. Injira ukoresheje iyo konti.</translation>
    </message>
    <message>
      <source>The username '{username}' is already taken. Choose another.</source>
      <translation>Izina ukoresha '{username}' ryarafashwe. Hitamo irindi.</translation>
    </message>
    <message>
      <source>There is no staff account '{wanted}'. Check the spelling against the staff list.</source>
      <translation>Nta konti y'umukozi '{wanted}' ihari. Genzura imyandikire ku rutonde rw'abakozi.</translation>
    </message>
    <message>
      <source>That staff account no longer exists. Refresh the list.</source>
      <translation>Iyo konti y'umukozi ntikiriho. Vugurura urutonde.</translation>
    </message>
    <message>
      <source>This is the last active administrator; make someone else admin first.</source>
      <translation>Uyu ni we muyobozi wa sisitemu usigaye ukora; banza ugire undi muyobozi wa sisitemu.</translation>
    </message>
    <message>
      <source>You cannot deactivate your own account while signed in with it.</source>
      <translation>Ntushobora guhagarika konti yawe mu gihe uyikoresha.</translation>
    </message>
    <message>
      <source>This is the last active administrator and cannot be deactivated.</source>
      <translation>Uyu ni we muyobozi wa sisitemu usigaye ukora, ntashobora guhagarikwa.</translation>
    </message>
    <message>
      <source>The command line has no password to change.</source>
      <translation>Umurongo w'amabwiriza nta jambo ry'ibanga ufite ryo guhindura.</translation>
    </message>
    <message>
      <source>Enter your current password.</source>
      <translation>Andika ijambo ry'ibanga ryawe uriho ukoresha.</translation>
    </message>
    <message>
      <source>The new password must differ from the current one.</source>
      <translation>Ijambo ry'ibanga rishya rigomba gutandukana n'iryo usanganywe.</translation>
    </message>
    <message>
      <source>The current password is wrong.</source>
      <translation>Ijambo ry'ibanga usanganywe si ryo.</translation>
    </message>
    <message>
      <source>The command line has no account to keep a language on.</source>
      <translation>Umurongo w'amabwiriza nta konti ufite yo kubikaho ururimi.</translation>
    </message>
    <message>
      <source>the text '{value}'</source>
      <translation>umwandiko '{value}'</translation>
    </message>
    <message>
      <source>Enter {what} as a whole number of francs, like 3500 (not {shown}).</source>
      <translation>Andika {what} mu mubare wuzuye w'amafaranga, nka 3500 (si {shown}).</translation>
    </message>
    <message>
      <source>Enter {what} as a whole number, like 2 (not {shown}).</source>
      <translation>Andika {what} mu mubare wuzuye, nka 2 (si {shown}).</translation>
    </message>
    <message>
      <source>Enter {what} in RWF.</source>
      <translation>Andika {what} mu RWF.</translation>
    </message>
    <message>
      <source>{What} cannot be negative ({amount:,} RWF).</source>
      <translation>{What}: umubare uri munsi ya zeru ntiwemewe ({amount:,} RWF).</translation>
    </message>
    <message>
      <source>{What} must be at least {minimum:,} RWF, not {amount:,}.</source>
      <translation>{What}: nibura {minimum:,} RWF, si {amount:,}.</translation>
    </message>
    <message>
      <source>{What} can be at most {maximum:,} RWF; check {amount:,} RWF for a slip of the keyboard.</source>
      <translation>{What}: ntirenza {maximum:,} RWF; genzura {amount:,} RWF, ushobora kuba wibeshye wandika.</translation>
    </message>
    <message>
      <source>Enter {what}.</source>
      <translation>Andika {what}.</translation>
    </message>
    <message>
      <source>{What} must be at least {minimum:,}, not {number:,}.</source>
      <translation>{What}: nibura {minimum:,}, si {number:,}.</translation>
    </message>
    <message>
      <source>{What} can be at most {maximum:,}, not {number:,}.</source>
      <translation>{What}: ntirenza {maximum:,}, si {number:,}.</translation>
    </message>
    <message>
      <source>Enter {what} as a percentage from 0 to 100 with at most two decimals, like 12.5.</source>
      <translation>Andika {what} mu ijanisha kuva kuri 0 kugeza kuri 100 rifite nibura imibare ibiri nyuma y'akadomo, nka 12.5.</translation>
    </message>
    <message>
      <source>A nutritionist sees their own dashboard.</source>
      <translation>Impuguke mu mirire ireba imbonerahamwe yayo bwite.</translation>
    </message>
    <message>
      <source>The period must end after it starts ({start} to {end}).</source>
      <translation>Igihe kigomba kurangira nyuma y'uko gitangiye ({start} kugeza {end}).</translation>
    </message>
    <message>
      <source>Wrong username or password. After {attempts} wrong passwords an account is locked for {minutes} minutes.</source>
      <translation>Izina ukoresha cyangwa ijambo ry'ibanga si byo. Nyuma y'amagambo y'ibanga {attempts} atari yo, konti ifungwa iminota {minutes}.</translation>
    </message>
    <message>
      <source>manage staff</source>
      <translation>gucunga abakozi</translation>
    </message>
    <message>
      <source>view audit</source>
      <translation>kureba igenzura</translation>
    </message>
    <message>
      <source>manage settings</source>
      <translation>gucunga igenamiterere</translation>
    </message>
    <message>
      <source>view customers</source>
      <translation>kureba abakiriya</translation>
    </message>
    <message>
      <source>manage customers</source>
      <translation>gucunga abakiriya</translation>
    </message>
    <message>
      <source>take orders</source>
      <translation>kwakira komande</translation>
    </message>
    <message>
      <source>manage orders</source>
      <translation>gucunga komande</translation>
    </message>
    <message>
      <source>refund orders</source>
      <translation>gusubiza amafaranga ya komande</translation>
    </message>
    <message>
      <source>manage menu</source>
      <translation>gucunga urutonde rw'amafunguro</translation>
    </message>
    <message>
      <source>manage corporate</source>
      <translation>gucunga ibigo by'abafatanyabikorwa</translation>
    </message>
    <message>
      <source>view corporate statements</source>
      <translation>kureba inyemezabwishyu z'ibigo</translation>
    </message>
    <message>
      <source>book consultations</source>
      <translation>guteganya ubujyanama</translation>
    </message>
    <message>
      <source>manage own schedule</source>
      <translation>gucunga gahunda ye y'amasaha</translation>
    </message>
    <message>
      <source>manage all schedules</source>
      <translation>gucunga gahunda zose z'amasaha</translation>
    </message>
    <message>
      <source>manage meal plans</source>
      <translation>gucunga gahunda z'imirire</translation>
    </message>
    <message>
      <source>take catering</source>
      <translation>kwakira ibisabwa byo kugaburira mu birori</translation>
    </message>
    <message>
      <source>manage catering</source>
      <translation>gucunga serivisi yo kugaburira mu birori</translation>
    </message>
    <message>
      <source>manage catering packages</source>
      <translation>gucunga amapaki yo kugaburira mu birori</translation>
    </message>
    <message>
      <source>manage subscriptions</source>
      <translation>gucunga amafatabuguzi</translation>
    </message>
    <message>
      <source>manage subscription plans</source>
      <translation>gucunga ubwoko bw'amafatabuguzi</translation>
    </message>
    <message>
      <source>create tickets</source>
      <translation>kwandika ibibazo</translation>
    </message>
    <message>
      <source>work tickets</source>
      <translation>gukemura ibibazo</translation>
    </message>
    <message>
      <source>view bi</source>
      <translation>kureba isesengura (BI)</translation>
    </message>
    <message>
      <source>view support dashboard</source>
      <translation>kureba imbonerahamwe y'ubufasha</translation>
    </message>
    <message>
      <source>view nutrition dashboard</source>
      <translation>kureba imbonerahamwe y'imirire</translation>
    </message>
    <message>
      <source>view operations</source>
      <translation>kureba ibikorwa</translation>
    </message>
    <message>
      <source>manage targets</source>
      <translation>gucunga intego</translation>
    </message>
    <message>
      <source>view wards</source>
      <translation>kureba serivisi z'abarwayi</translation>
    </message>
    <message>
      <source>admit patients</source>
      <translation>kwakira abarwayi bashyirwa mu bitaro</translation>
    </message>
    <message>
      <source>write diet orders</source>
      <translation>kwandika indyo yategetswe</translation>
    </message>
    <message>
      <source>approve late trays</source>
      <translation>kwemeza amasahani yatinze</translation>
    </message>
    <message>
      <source>manage meal times</source>
      <translation>gucunga amasaha y'amafunguro</translation>
    </message>
    <message>
      <source>use till</source>
      <translation>gukoresha kesi</translation>
    </message>
    <message>
      <source>supervise till</source>
      <translation>kugenzura kesi</translation>
    </message>
    <message>
      <source>manage fiscal</source>
      <translation>gucunga inyemezabwishyu z'imisoro</translation>
    </message>
    <message>
      <source>Front desk</source>
      <translation>Kwakira abantu</translation>
    </message>
    <message>
      <source>Nutritionist</source>
      <translation>Impuguke mu mirire</translation>
    </message>
    <message>
      <source>Support</source>
      <translation>Ubufasha</translation>
    </message>
    <message>
      <source>Manager</source>
      <translation>Umuyobozi</translation>
    </message>
    <message>
      <source>Administrator</source>
      <translation>Umuyobozi wa sisitemu</translation>
    </message>
    <message>
      <source>{role} accounts may not {action}. Ask a manager or an administrator.</source>
      <translation>Konti za {role} ntizemerewe {action}. Baza umuyobozi cyangwa umuyobozi wa sisitemu.</translation>
    </message>
    <message>
      <source>This account was deactivated by an administrator, so nothing was done. Sign out; an administrator can reactivate the account.</source>
      <translation>Iyi konti yahagaritswe n'umuyobozi wa sisitemu, bityo nta cyakozwe. Sohoka; umuyobozi wa sisitemu ashobora kongera kuyifungura.</translation>
    </message>
    <message>
      <source>You are signed in with a temporary password. Choose your own password in My account first; nothing else can be done until then.</source>
      <translation>Winjiye ukoresheje ijambo ry'ibanga ry'agateganyo. Banza uhitemo ijambo ry'ibanga ryawe muri Konti yanjye; nta kindi cyakorwa mbere y'aho.</translation>
    </message>
    <message>
      <source>An administrator changed your role to {role}. {role} accounts may not {action}. Ask a manager or an administrator.</source>
      <translation>Umuyobozi wa sisitemu yahinduye inshingano zawe ziba {role}. Konti za {role} ntizemerewe {action}. Baza umuyobozi cyangwa umuyobozi wa sisitemu.</translation>
    </message>
    <message>
      <source>The password needs at least {minimum} characters.</source>
      <translation>Ijambo ry'ibanga rigomba kugira nibura inyuguti {minimum}.</translation>
    </message>
    <message>
      <source>The password may have at most {limit} characters.</source>
      <translation>Ijambo ry'ibanga ntirigomba kurenza inyuguti {limit}.</translation>
    </message>
    <message>
      <source>The password needs both letters and digits.</source>
      <translation>Ijambo ry'ibanga rigomba kugira inyuguti n'imibare.</translation>
    </message>
    <message>
      <source>The password must not contain the username.</source>
      <translation>Ijambo ry'ibanga ntirigomba kubamo izina ukoresha.</translation>
    </message>
    <message>
      <source>Enter your username and password.</source>
      <translation>Andika izina ukoresha n'ijambo ry'ibanga ryawe.</translation>
    </message>
    <message>
      <source>This account has been deactivated. Ask an administrator to reactivate it.</source>
      <translation>Iyi konti yarahagaritswe. Saba umuyobozi wa sisitemu kongera kuyifungura.</translation>
    </message>
    <message>
      <source>After too many wrong passwords this account is locked for 1 more minute. Wait, or ask an administrator: resetting your password unlocks it.</source>
      <translation>Kubera amagambo y'ibanga menshi atari yo, iyi konti ifunze indi munota 1. Tegereza, cyangwa ubaze umuyobozi wa sisitemu: gusubizaho ijambo ry'ibanga ryawe birayifungura.</translation>
    </message>
    <message>
      <source>After too many wrong passwords this account is locked for {minutes} more minutes. Wait, or ask an administrator: resetting your password unlocks it.</source>
      <translation>Kubera amagambo y'ibanga menshi atari yo, iyi konti ifunze indi minota {minutes}. Tegereza, cyangwa ubaze umuyobozi wa sisitemu: gusubizaho ijambo ry'ibanga ryawe birayifungura.</translation>
    </message>
    <message>
      <source>An add-on does not belong to this package.</source>
      <translation>Inyongera imwe ntiri muri iyi paki.</translation>
    </message>
    <message>
      <source>A catering estimate can be at most {limit:,} RWF; this one comes to {total:,} RWF. Check the number of guests.</source>
      <translation>Igiciro giteganyijwe cyo kugaburira mu birori ntikirenza {limit:,} RWF; iki kigeze kuri {total:,} RWF. Genzura umubare w'abashyitsi.</translation>
    </message>
    <message>
      <source>the price per person</source>
      <translation>igiciro ku muntu</translation>
    </message>
    <message>
      <source>the setup fee</source>
      <translation>amafaranga yo gutegura</translation>
    </message>
    <message>
      <source>the minimum number of guests</source>
      <translation>umubare muto w'abashyitsi</translation>
    </message>
    <message>
      <source>the maximum number of guests</source>
      <translation>umubare munini w'abashyitsi</translation>
    </message>
    <message>
      <source>the large-group threshold</source>
      <translation>umubare utangiriraho amatsinda manini</translation>
    </message>
    <message>
      <source>the large-group price</source>
      <translation>igiciro cy'amatsinda manini</translation>
    </message>
    <message>
      <source>The package needs a name of at most 80 characters.</source>
      <translation>Paki ikeneye izina ritarenza inyuguti 80.</translation>
    </message>
    <message>
      <source>The maximum ({max_guests}) is below the minimum ({min_guests}).</source>
      <translation>Umubare munini ({max_guests}) uri munsi y'umubare muto ({min_guests}).</translation>
    </message>
    <message>
      <source>Give both the large-group threshold and its price, or neither.</source>
      <translation>Tanga umubare utangiriraho amatsinda manini n'igiciro cyawo, cyangwa ntutange na kimwe.</translation>
    </message>
    <message>
      <source>A package called '{name}' already exists.</source>
      <translation>Hari paki yitwa '{name}' isanzweho.</translation>
    </message>
    <message>
      <source>That package no longer exists.</source>
      <translation>Iyo paki ntikiriho.</translation>
    </message>
    <message>
      <source>The add-on needs a name of at most 80 characters.</source>
      <translation>Inyongera ikeneye izina ritarenza inyuguti 80.</translation>
    </message>
    <message>
      <source>the add-on's price</source>
      <translation>igiciro cy'inyongera</translation>
    </message>
    <message>
      <source>'{name}' is already an add-on of this package.</source>
      <translation>'{name}' isanzwe ari inyongera y'iyi paki.</translation>
    </message>
    <message>
      <source>the number of guests</source>
      <translation>umubare w'abashyitsi</translation>
    </message>
    <message>
      <source>Enter who to contact about the event.</source>
      <translation>Andika umuntu wo kuvugisha ku birebana n'ibirori.</translation>
    </message>
    <message>
      <source>The contact name may have at most 120 characters.</source>
      <translation>Izina ry'uwo kuvugisha ntirigomba kurenza inyuguti 120.</translation>
    </message>
    <message>
      <source>Enter the contact's phone number.</source>
      <translation>Andika nomero ya telefoni y'uwo kuvugisha.</translation>
    </message>
    <message>
      <source>Enter the venue (at most 120 characters).</source>
      <translation>Andika aho bizabera (inyuguti zitarenze 120).</translation>
    </message>
    <message>
      <source>The organisation (120) or notes (2,000 characters) are too long.</source>
      <translation>Ikigo (120) cyangwa ibisobanuro (inyuguti 2,000) birarenze.</translation>
    </message>
    <message>
      <source>The event time needs a date and time.</source>
      <translation>Igihe cy'ibirori gikenera itariki n'isaha.</translation>
    </message>
    <message>
      <source>That package is not offered any more. Choose another.</source>
      <translation>Iyo paki ntigitangwa. Hitamo indi.</translation>
    </message>
    <message>
      <source>{name} is for {min_guests} to {max_guests} guests, not {guests}.</source>
      <translation>{name} ni iy'abashyitsi kuva kuri {min_guests} kugeza kuri {max_guests}, si {guests}.</translation>
    </message>
    <message>
      <source>The kitchen needs at least 48 hours: choose an event after {earliest:%a %d %b %H:%M}.</source>
      <translation>Igikoni gikenera nibura amasaha 48: hitamo ibirori nyuma ya {earliest:%a %d %b %H:%M}.</translation>
    </message>
    <message>
      <source>the quoted price</source>
      <translation>igiciro cyatanzwe</translation>
    </message>
    <message>
      <source>That catering request does not exist.</source>
      <translation>Ubwo busabe bwo kugaburira mu birori ntibubaho.</translation>
    </message>
    <message>
      <source>Request {number}</source>
      <translation>Ubusabe {number}</translation>
    </message>
    <message>
      <source>{number} is {status}; it cannot become {to}.</source>
      <translation>{number} ni {status}; ntibushobora kujya kuri {to}.</translation>
    </message>
    <message>
      <source>The event has not happened yet.</source>
      <translation>Ibirori ntibiraba.</translation>
    </message>
    <message>
      <source>Give the reason for cancelling.</source>
      <translation>Tanga impamvu yo guhagarika.</translation>
    </message>
    <message>
      <source>Enter {label}.</source>
      <translation>Andika {label}.</translation>
    </message>
    <message>
      <source>{Label} may have at most {limit} characters.</source>
      <translation>{Label}: ntibirenza inyuguti {limit}.</translation>
    </message>
    <message>
      <source>the company name</source>
      <translation>izina ry'ikigo</translation>
    </message>
    <message>
      <source>the contact person</source>
      <translation>umuntu wo kuvugisha</translation>
    </message>
    <message>
      <source>the e-mail</source>
      <translation>imeri</translation>
    </message>
    <message>
      <source>A partner called '{name}' already exists.</source>
      <translation>Hari umufatanyabikorwa witwa '{name}' usanzweho.</translation>
    </message>
    <message>
      <source>That partner no longer exists.</source>
      <translation>Uwo mufatanyabikorwa ntakiriho.</translation>
    </message>
    <message>
      <source>the contract code</source>
      <translation>kode y'amasezerano</translation>
    </message>
    <message>
      <source>The contract ends ({ends_on:%d %b %Y}) before it starts ({starts_on:%d %b %Y}).</source>
      <translation>Amasezerano arangira ({ends_on:%d %b %Y}) mbere y'uko atangira ({starts_on:%d %b %Y}).</translation>
    </message>
    <message>
      <source>the discount</source>
      <translation>igabanuka</translation>
    </message>
    <message>
      <source>the monthly allowance</source>
      <translation>amafaranga atangwa n'ikigo buri kwezi</translation>
    </message>
    <message>
      <source>The contract code {code} is already used.</source>
      <translation>Kode y'amasezerano {code} isanzwe ikoreshwa.</translation>
    </message>
    <message>
      <source>{name} already has active contract {code} from {starts_on:%d %b %Y} to {ends_on:%d %b %Y}. Suspend it or change the dates first.</source>
      <translation>{name} asanzwe afite amasezerano akora {code} kuva ku wa {starts_on:%d %b %Y} kugeza ku wa {ends_on:%d %b %Y}. Banza uyahagarike cyangwa uhindure amatariki.</translation>
    </message>
    <message>
      <source>That contract no longer exists.</source>
      <translation>Ayo masezerano ntakiriho.</translation>
    </message>
    <message>
      <source>the employee number</source>
      <translation>nomero y'umukozi</translation>
    </message>
    <message>
      <source>the employee's full name</source>
      <translation>amazina yose y'umukozi</translation>
    </message>
    <message>
      <source>Employee number {number} is already enrolled.</source>
      <translation>Nomero y'umukozi {number} isanzwe yanditse.</translation>
    </message>
    <message>
      <source>That employee is not enrolled.</source>
      <translation>Uwo mukozi ntiyanditse.</translation>
    </message>
    <message>
      <source>the full name</source>
      <translation>amazina yose</translation>
    </message>
    <message>
      <source>employee number {number} is also on line {other}</source>
      <translation>nomero y'umukozi {number} iri no ku murongo wa {other}</translation>
    </message>
    <message>
      <source>employee number {number} is already enrolled</source>
      <translation>nomero y'umukozi {number} isanzwe yanditse</translation>
    </message>
    <message>
      <source>{done:,} of {count:,} employees</source>
      <translation>abakozi {done:,} kuri {count:,}</translation>
    </message>
    <message>
      <source>more fields than columns (a comma inside a name needs quotes)</source>
      <translation>imyanya irenze inkingi (akitso kari mu izina gakenera utwuguruzo)</translation>
    </message>
    <message>
      <source>  line {line}: {reason}</source>
      <translation>  umurongo {line}: {reason}</translation>
    </message>
    <message>
      <source>
  … and {count} more</source>
      <translation>
  … n'indi {count}</translation>
    </message>
    <message>
      <source>Nothing was imported from {name}: {count} problem(s) to fix.
{lines}</source>
      <translation>Nta cyinjijwe kivuye muri {name}: hari ibibazo {count} byo gukosora.
{lines}</translation>
    </message>
    <message>
      <source>the header lacks column(s) {missing}; expected: {expected}</source>
      <translation>umutwe ubura inkingi {missing}; hategerejwe: {expected}</translation>
    </message>
    <message>
      <source>the file has a header but no rows</source>
      <translation>dosiye ifite umutwe ariko nta murongo</translation>
    </message>
    <message>
      <source>{name} is larger than {megabytes} MB; split it into smaller files.</source>
      <translation>{name} irenze MB {megabytes}; yigabanyemo dosiye nto.</translation>
    </message>
    <message>
      <source>{name} is not UTF-8 text. Save it as "CSV UTF-8" and try again.</source>
      <translation>{name} si umwandiko wa UTF-8. Yibike nka "CSV UTF-8" wongere ugerageze.</translation>
    </message>
    <message>
      <source>Cannot read {path}: {problem}.</source>
      <translation>Ntibishobotse gusoma {path}: {problem}.</translation>
    </message>
    <message>
      <source>'{phone}' is not a Rwandan mobile number. Use 07XXXXXXXX or +2507XXXXXXXX (MTN 078/079, Airtel 072/073).</source>
      <translation>'{phone}' si nomero ya telefoni igendanwa yo mu Rwanda. Koresha 07XXXXXXXX cyangwa +2507XXXXXXXX (MTN 078/079, Airtel 072/073).</translation>
    </message>
    <message>
      <source>the customer's full name</source>
      <translation>amazina yose y'umukiriya</translation>
    </message>
    <message>
      <source>Enter the customer's full name.</source>
      <translation>Andika amazina yose y'umukiriya.</translation>
    </message>
    <message>
      <source>the e-mail address</source>
      <translation>aderesi ya imeri</translation>
    </message>
    <message>
      <source>'{email}' is not an e-mail address.</source>
      <translation>'{email}' si aderesi ya imeri.</translation>
    </message>
    <message>
      <source>the ward</source>
      <translation>serivisi</translation>
    </message>
    <message>
      <source>the bed</source>
      <translation>igitanda</translation>
    </message>
    <message>
      <source>A patient needs a ward, so meals reach the bed.</source>
      <translation>Umurwayi akenera serivisi, kugira ngo amafunguro amugereho ku gitanda.</translation>
    </message>
    <message>
      <source>A patient needs a bed number.</source>
      <translation>Umurwayi akenera nomero y'igitanda.</translation>
    </message>
    <message>
      <source>Visitors and outside guests need a phone number to be called back.</source>
      <translation>Abashyitsi n'abaturutse hanze bakenera nomero ya telefoni kugira ngo bahamagarwe.</translation>
    </message>
    <message>
      <source>the diet notes</source>
      <translation>ibisobanuro ku ndyo</translation>
    </message>
    <message>
      <source>{full_name} with this phone is already registered as {reference}.</source>
      <translation>{full_name} ufite iyi telefoni asanzwe yanditse kuri {reference}.</translation>
    </message>
    <message>
      <source>That customer no longer exists. Search again.</source>
      <translation>Uwo mukiriya ntakiriho. Ongera ushakishe.</translation>
    </message>
    <message>
      <source>This database already holds customers; demo data goes only into a new one.</source>
      <translation>Ubu bubiko bw'amakuru busanzwe bufite abakiriya; amakuru y'igerageza ashyirwa mu bubiko bushya gusa.</translation>
    </message>
    <message>
      <source>saving</source>
      <translation>kubika</translation>
    </message>
    <message>
      <source>done</source>
      <translation>byarangiye</translation>
    </message>
    <message>
      <source>catering, meal packages and support tickets</source>
      <translation>kugaburira mu birori, amapaki y'amafunguro n'ibibazo by'ubufasha</translation>
    </message>
    <message>
      <source>wards, admitted patients, diet orders and trays</source>
      <translation>serivisi, abarwayi bari mu bitaro, indyo yategetswe n'amasahani</translation>
    </message>
    <message>
      <source>menu and corporate partners</source>
      <translation>urutonde rw'amafunguro n'ibigo by'abafatanyabikorwa</translation>
    </message>
    <message>
      <source>{count:,} orders</source>
      <translation>komande {count:,}</translation>
    </message>
    <message>
      <source>{written:,} of {count:,} orders written</source>
      <translation>komande {written:,} kuri {count:,} zanditswe</translation>
    </message>
    <message>
      <source>staff accounts</source>
      <translation>konti z'abakozi</translation>
    </message>
    <message>
      <source>customers</source>
      <translation>abakiriya</translation>
    </message>
    <message>
      <source>nutritionists' calendars</source>
      <translation>ingengabihe z'impuguke mu mirire</translation>
    </message>
    <message>
      <source>monthly revenue targets</source>
      <translation>intego z'amafaranga yinjira buri kwezi</translation>
    </message>
    <message>
      <source>till and training fiscal device</source>
      <translation>kesi n'igikoresho cy'imisoro cyo kwimenyereza</translation>
    </message>
    <message>
      <source>This record was changed at another desk while you were editing. It has been reloaded; check it and apply your change again.</source>
      <translation>Iyi nyandiko yahinduriwe ku kindi biro mu gihe wayikoragaho. Yongeye gufungurwa; yigenzure maze wongere ukore impinduka yawe.</translation>
    </message>
    <message>
      <source>{what} was changed at another desk while you were editing. It has been reloaded; check it and apply your change again.</source>
      <translation>{what} cyahinduriwe ku kindi biro mu gihe wagikoragaho. Cyongeye gufungurwa; kigenzure maze wongere ukore impinduka yawe.</translation>
    </message>
    <message>
      <source>Two desks changed the same records at the same moment, so nothing was saved. Your form is kept; check it and try again.</source>
      <translation>Ibiro bibiri byahinduye inyandiko zimwe icyarimwe, bityo nta cyabitswe. Ifishi yawe iracyahari; yigenzure wongere ugerageze.</translation>
    </message>
    <message>
      <source>This is a read-only copy of the database, so nothing was saved. Reports and records can be read here; make changes on the shared database.</source>
      <translation>Iyi ni kopi y'ububiko bw'amakuru isomwa gusa, bityo nta cyabitswe. Raporo n'inyandiko bishobora gusomerwa hano; impinduka zikorerwe ku bubiko bw'amakuru busangiwe.</translation>
    </message>
    <message>
      <source>Enter the controller's address, like http://10.0.0.5:8080.</source>
      <translation>Andika aderesi y'igikoresho cy'imisoro, nka http://10.0.0.5:8080.</translation>
    </message>
    <message>
      <source>The TIN has 9 digits.</source>
      <translation>TIN igira imibare 9.</translation>
    </message>
    <message>
      <source>The branch id has 2 digits (00 for the head office).</source>
      <translation>Nomero y'ishami igira imibare 2 (00 ku cyicaro gikuru).</translation>
    </message>
    <message>
      <source>Enter the device serial number.</source>
      <translation>Andika nomero iranga igikoresho.</translation>
    </message>
    <message>
      <source>The tax type is A, B, C or D.</source>
      <translation>Ubwoko bw'umusoro ni A, B, C cyangwa D.</translation>
    </message>
    <message>
      <source>Wait 1 to 120 seconds for an answer.</source>
      <translation>Tegereza igisubizo amasegonda kuva kuri 1 kugeza kuri 120.</translation>
    </message>
    <message>
      <source>The customer's TIN has 9 digits.</source>
      <translation>TIN y'umukiriya igira imibare 9.</translation>
    </message>
    <message>
      <source>The fiscal controller (EBM) is not answering, so receipts stay pending and will print once signed: {reason}</source>
      <translation>Igikoresho cy'imisoro (EBM) ntigisubiza, bityo inyemezabwishyu ziracyategereje kandi zizasohoka zimaze gusinywa: {reason}</translation>
    </message>
    <message>
      <source>No order is numbered {number}.</source>
      <translation>Nta komande ifite nomero {number}.</translation>
    </message>
    <message>
      <source>(empty)</source>
      <translation>(ubusa)</translation>
    </message>
    <message>
      <source>That fiscal receipt does not exist.</source>
      <translation>Iyo nyemezabwishyu y'imisoro ntibaho.</translation>
    </message>
    <message>
      <source>Order {cleaned} has no signed fiscal receipt yet; it prints once signed.</source>
      <translation>Komande {cleaned} ntiragira inyemezabwishyu y'imisoro isinyweho; izasohoka imaze gusinywa.</translation>
    </message>
    <message>
      <source>This fiscal receipt is not signed yet, so there is nothing to copy; it prints once the controller signs it.</source>
      <translation>Iyi nyemezabwishyu y'imisoro ntirasinywa, bityo nta kopi ihari; izasohoka igikoresho kimaze kuyisinya.</translation>
    </message>
    <message>
      <source>No EBM controller is configured, so no copy can be signed.</source>
      <translation>Nta gikoresho cya EBM cyashyizweho, bityo nta kopi ishobora gusinywa.</translation>
    </message>
    <message>
      <source>3 liquidised</source>
      <translation>3 byasukuwe</translation>
    </message>
    <message>
      <source>4 puréed</source>
      <translation>4 byanoze</translation>
    </message>
    <message>
      <source>5 minced and moist</source>
      <translation>5 byaseye kandi bitose</translation>
    </message>
    <message>
      <source>6 soft and bite-sized</source>
      <translation>6 byoroshye mu duce duto</translation>
    </message>
    <message>
      <source>7 easy to chew</source>
      <translation>7 byoroshye guhekenya</translation>
    </message>
    <message>
      <source>7 regular</source>
      <translation>7 bisanzwe</translation>
    </message>
    <message>
      <source>0 thin</source>
      <translation>0 byoroshye</translation>
    </message>
    <message>
      <source>1 slightly thick</source>
      <translation>1 bifashe gato</translation>
    </message>
    <message>
      <source>2 mildly thick</source>
      <translation>2 bifashe buhoro</translation>
    </message>
    <message>
      <source>3 moderately thick</source>
      <translation>3 bifashe biringaniye</translation>
    </message>
    <message>
      <source>4 extremely thick</source>
      <translation>4 bifashe cyane</translation>
    </message>
    <message>
      <source>Choose the ward.</source>
      <translation>Hitamo serivisi.</translation>
    </message>
    <message>
      <source>There is no ward called {cleaned!r}; choose one from the list.</source>
      <translation>Nta serivisi yitwa {cleaned!r} ihari; hitamo imwe ku rutonde.</translation>
    </message>
    <message>
      <source>Enter the bed.</source>
      <translation>Andika igitanda.</translation>
    </message>
    <message>
      <source>A bed has at most 10 characters.</source>
      <translation>Igitanda ntikirenza inyuguti 10.</translation>
    </message>
    <message>
      <source>That stay does not exist.</source>
      <translation>Icyo gihe cyo kuba mu bitaro ntikibaho.</translation>
    </message>
    <message>
      <source>Texture level {value!s} is not on the IDDSI food scale; choose one of: {scale}.</source>
      <translation>Urwego rw'imiterere {value!s} ntiruri ku gipimo cya IDDSI cy'ibiryo; hitamo kimwe muri ibi: {scale}.</translation>
    </message>
    <message>
      <source>Drink level {drink_level} is not on the IDDSI drink scale: 0 thin to 4 extremely thick.</source>
      <translation>Urwego rw'ikinyobwa {drink_level} ntiruri ku gipimo cya IDDSI cy'ibinyobwa: kuva kuri 0 byoroshye kugeza kuri 4 bifashe cyane.</translation>
    </message>
    <message>
      <source>Give the reason for nothing by mouth (e.g. surgery).</source>
      <translation>Tanga impamvu yo kutagira icyo afata mu kanwa (urugero: kubagwa).</translation>
    </message>
    <message>
      <source>Say until when the patient takes nothing by mouth.</source>
      <translation>Vuga igihe umurwayi azamara atagira icyo afata mu kanwa.</translation>
    </message>
    <message>
      <source>Nothing by mouth must last until a time still to come.</source>
      <translation>Kutagira icyo afata mu kanwa bigomba kugeza ku gihe kitaragera.</translation>
    </message>
    <message>
      <source>At most {limit} characters.</source>
      <translation>Inyuguti zitarenze {limit}.</translation>
    </message>
    <message>
      <source>{patient} has been discharged; a diet order is written for an admitted patient.</source>
      <translation>{patient} yasezerewe; indyo yategetswe yandikirwa umurwayi uri mu bitaro.</translation>
    </message>
    <message>
      <source>This patient is not on nothing by mouth.</source>
      <translation>Uyu murwayi ntabujijwe gufata ikintu mu kanwa.</translation>
    </message>
    <message>
      <source>{item} is not {diet}</source>
      <translation>{item} si {diet}</translation>
    </message>
    <message>
      <source>{item} is not served {texture}</source>
      <translation>{item} ntitangwa ku miterere {texture}</translation>
    </message>
    <message>
      <source>{item} is not served at drink level {level}</source>
      <translation>{item} ntitangwa ku rwego rw'ikinyobwa {level}</translation>
    </message>
    <message>
      <source>{item} contains {allergen}</source>
      <translation>{item} irimo {allergen}</translation>
    </message>
    <message>
      <source>That dish no longer exists.</source>
      <translation>Iryo funguro ntirikiriho.</translation>
    </message>
    <message>
      <source>Drink level {value!s} is not on the IDDSI drink scale (0 thin to 4 extremely thick).</source>
      <translation>Urwego rw'ikinyobwa {value!s} ntiruri ku gipimo cya IDDSI cy'ibinyobwa (kuva kuri 0 byoroshye kugeza kuri 4 bifashe cyane).</translation>
    </message>
    <message>
      <source>That dish no longer exists. Refresh the menu.</source>
      <translation>Iryo funguro ntirikiriho. Vugurura urutonde rw'amafunguro.</translation>
    </message>
    <message>
      <source>{due:,} RWF of meals is on the patient's account: take the payment to discharge.</source>
      <translation>Amafunguro ya {due:,} RWF ari kuri konti y'umurwayi: akira ubwishyu kugira ngo asezererwe.</translation>
    </message>
    <message>
      <source>the cash received</source>
      <translation>amafaranga wakiriye</translation>
    </message>
    <message>
      <source>Enter the cash received: at least {due:,} RWF.</source>
      <translation>Andika amafaranga wakiriye: nibura {due:,} RWF.</translation>
    </message>
    <message>
      <source>Enter the payment reference (6 to 30 letters and digits).</source>
      <translation>Andika nomero y'ubwishyu (inyuguti n'imibare kuva kuri 6 kugeza kuri 30).</translation>
    </message>
    <message>
      <source>Settle in cash, by mobile money or by card.</source>
      <translation>Ishyura mu mafaranga, kuri Mobile Money cyangwa ku ikarita.</translation>
    </message>
    <message>
      <source>The meal is breakfast, lunch, snack or dinner.</source>
      <translation>Ifunguro ni irya mu gitondo, irya saa sita, icyo kurya cyoroheje cyangwa irya nimugoroba.</translation>
    </message>
    <message>
      <source>until {until:%d %b %H:%M} ({reason})</source>
      <translation>kugeza {until:%d %b %H:%M} ({reason})</translation>
    </message>
    <message>
      <source>NPO until {until:%d %b %H:%M}</source>
      <translation>Nta cyo gufata mu kanwa kugeza {until:%d %b %H:%M}</translation>
    </message>
    <message>
      <source>Bed {bed} on {ward} is occupied by {patient} (admitted {admitted:%a %d %b %H:%M}). Choose another bed, or discharge or move that patient first.</source>
      <translation>Igitanda {bed} muri {ward} kiriho {patient} (yakiriwe ku wa {admitted:%a %d %b %H:%M}). Hitamo ikindi gitanda, cyangwa ubanze usezerere cyangwa wimure uwo murwayi.</translation>
    </message>
    <message>
      <source>Guest trays on the patient's account: 0 to 5 a meal.</source>
      <translation>Amasahani y'abashyitsi kuri konti y'umurwayi: kuva kuri 0 kugeza kuri 5 ku ifunguro.</translation>
    </message>
    <message>
      <source>{full_name} is already admitted to {place} since {admitted:%a %d %b %H:%M}; transfer them instead.</source>
      <translation>{full_name} asanzwe yakiriwe muri {place} kuva ku wa {admitted:%a %d %b %H:%M}; ahubwo mwimure.</translation>
    </message>
    <message>
      <source>Another desk has just admitted {full_name} or someone to bed {bed} on {name}. Look again and choose a free bed.</source>
      <translation>Ikindi biro kimaze kwakira {full_name} cyangwa undi muntu ku gitanda {bed} muri {name}. Ongera urebe maze uhitemo igitanda kitariho umuntu.</translation>
    </message>
    <message>
      <source>This patient's stay</source>
      <translation>Igihe uyu murwayi amaze mu bitaro</translation>
    </message>
    <message>
      <source>{patient} was discharged on {discharged:%a %d %b %H:%M}; nothing more can be done on that stay.</source>
      <translation>{patient} yasezerewe ku wa {discharged:%a %d %b %H:%M}; nta kindi cyakorwa kuri icyo gihe cyo kuba mu bitaro.</translation>
    </message>
    <message>
      <source>The patient already lies in that bed.</source>
      <translation>Umurwayi asanzwe aryamye kuri icyo gitanda.</translation>
    </message>
    <message>
      <source>Another desk has just put a patient in bed {bed} on {name}.</source>
      <translation>Ikindi biro kimaze gushyira umurwayi ku gitanda {bed} muri {name}.</translation>
    </message>
    <message>
      <source>Order {numbers} was paid at the counter for a meal still to come: cancel it in the order queue (a manager gives the money back), then discharge.</source>
      <translation>Komande {numbers} yishyuriwe kuri konteri ku ifunguro ritaragera: yihagarike mu rutonde rwa komande (umuyobozi asubiza amafaranga), hanyuma usezerere umurwayi.</translation>
    </message>
    <message>
      <source>Bed {bed} on {ward} is occupied by {patient}; {full_name} does not lie there. Check the ward and bed, or choose pickup.</source>
      <translation>Igitanda {bed} muri {ward} kiriho {patient}; {full_name} ntakiryamyeho. Genzura serivisi n'igitanda, cyangwa uhitemo kwifatira.</translation>
    </message>
    <message>
      <source>{full_name} was discharged on {discharged:%a %d %b %H:%M}; nothing can be delivered to a ward bed for them. Choose pickup.</source>
      <translation>{full_name} yasezerewe ku wa {discharged:%a %d %b %H:%M}; nta cyamugezwaho ku gitanda cyo muri serivisi. Hitamo kwifatira.</translation>
    </message>
    <message>
      <source>That stay no longer exists. Look the patient up again.</source>
      <translation>Icyo gihe cyo kuba mu bitaro ntikikiriho. Ongera ushakishe umurwayi.</translation>
    </message>
    <message>
      <source>{patient} was discharged on {discharged:%a %d %b} at {discharged:%H:%M}; no meal can be ordered on that stay.</source>
      <translation>{patient} yasezerewe ku wa {discharged:%a %d %b} saa {discharged:%H:%M}; nta funguro rishobora gutumizwa kuri icyo gihe cyo kuba mu bitaro.</translation>
    </message>
    <message>
      <source>{moment:%H:%M}</source>
      <translation>{moment:%H:%M}</translation>
    </message>
    <message>
      <source>{moment:%a %d %b %H:%M}</source>
      <translation>{moment:%a %d %b %H:%M}</translation>
    </message>
    <message>
      <source>{patient} is NPO until {when} ({npo_reason}): nothing by mouth, so no {meal} can be ordered. A nutritionist lifts it.</source>
      <translation>{patient} ntagomba gufata ikintu mu kanwa kugeza {when} ({npo_reason}): nta {meal} ishobora gutumizwa. Impuguke mu mirire ni yo ibikuraho.</translation>
    </message>
    <message>
      <source>Outside the diet order: {outside}. To order it anyway, give the reason.</source>
      <translation>Biri hanze y'indyo yategetswe: {outside}. Niba ugomba gutumiza uko byakabaye, tanga impamvu.</translation>
    </message>
    <message>
      <source>Choose breakfast, lunch, snack or dinner.</source>
      <translation>Hitamo ifunguro rya mu gitondo, rya saa sita, icyo kurya cyoroheje cyangwa irya nimugoroba.</translation>
    </message>
    <message>
      <source>{Meal} of {serves:%a %d %b} is over; choose a meal still to come.</source>
      <translation>{Meal} yo ku wa {serves:%a %d %b} yarangiye; hitamo ifunguro ritaragera.</translation>
    </message>
    <message>
      <source>{Meal} orders for {ward} closed at {closes:%H:%M}. Send it with {meal} ({serves:%a %d %b}), or ask for a late tray with a reason (a manager approves it).</source>
      <translation>{Meal}: komande za {ward} zafunze saa {closes:%H:%M}. Yohereze hamwe na {meal} ({serves:%a %d %b}), cyangwa usabe isahani yatinze utanga impamvu (umuyobozi arayemeza).</translation>
    </message>
    <message>
      <source>this ward</source>
      <translation>iyi serivisi</translation>
    </message>
    <message>
      <source>A company pays part of this order; it cannot also go on the patient's account.</source>
      <translation>Ikigo cyishyura igice cy'iyi komande; ntishobora no gushyirwa kuri konti y'umurwayi.</translation>
    </message>
    <message>
      <source>Say why a second tray is needed.</source>
      <translation>Vuga impamvu isahani ya kabiri ikenewe.</translation>
    </message>
    <message>
      <source>Another desk has just ordered {patient}'s {meal} for {serves:%a %d %b}. If a second tray is really needed, confirm it with a reason.</source>
      <translation>Ikindi biro kimaze gutumiza {meal} ya {patient} yo ku wa {serves:%a %d %b}. Niba isahani ya kabiri ikenewe koko, yemeze utanga impamvu.</translation>
    </message>
    <message>
      <source>{patient} already has a {meal} tray for {serves:%a %d %b} (order {existing}). If a second tray is really needed, confirm it with a reason.</source>
      <translation>{patient} asanzwe afite isahani ya {meal} yo ku wa {serves:%a %d %b} (komande {existing}). Niba isahani ya kabiri ikenewe koko, yemeze utanga impamvu.</translation>
    </message>
    <message>
      <source>{patient}'s account already carries {limit} guest trays for this {meal} (the limit); the visitor pays for this one at once.</source>
      <translation>Konti ya {patient} isanzwe iriho amasahani {limit} y'abashyitsi kuri iyi {meal} (ntarengwa); umushyitsi yishyura iyi ako kanya.</translation>
    </message>
    <message>
      <source>{patient}'s account already carries 1 guest tray for this {meal} (the limit); the visitor pays for this one at once.</source>
      <translation>Konti ya {patient} isanzwe iriho isahani 1 y'umushyitsi kuri iyi {meal} (ntarengwa); umushyitsi yishyura iyi ako kanya.</translation>
    </message>
    <message>
      <source>That tray does not exist.</source>
      <translation>Iyo sahani ntibaho.</translation>
    </message>
    <message>
      <source>This tray</source>
      <translation>Iyi sahani</translation>
    </message>
    <message>
      <source>This late tray waits for a manager's approval.</source>
      <translation>Iyi sahani yatinze itegereje ko umuyobozi ayemeza.</translation>
    </message>
    <message>
      <source>This tray is {status}; it cannot become {to}.</source>
      <translation>Iyi sahani ni {status}; ntishobora kuba {to}.</translation>
    </message>
    <message>
      <source>Say why the late tray is approved.</source>
      <translation>Vuga impamvu isahani yatinze yemejwe.</translation>
    </message>
    <message>
      <source>This tray does not wait for approval.</source>
      <translation>Iyi sahani ntitegereje kwemezwa.</translation>
    </message>
    <message>
      <source>Say why the late tray is refused.</source>
      <translation>Vuga impamvu isahani yatinze yanzwe.</translation>
    </message>
    <message>
      <source>A ward name has 2 to 40 characters.</source>
      <translation>Izina rya serivisi rigira inyuguti kuva kuri 2 kugeza kuri 40.</translation>
    </message>
    <message>
      <source>The route position is a whole number from 0 to 999.</source>
      <translation>Umwanya mu rugendo ni umubare wuzuye kuva kuri 0 kugeza kuri 999.</translation>
    </message>
    <message>
      <source>{value} is not a time on the clock; write it as HH:MM, from 00:00 to 23:59.</source>
      <translation>{value} si isaha; yandike nka HH:MM, kuva 00:00 kugeza 23:59.</translation>
    </message>
    <message>
      <source>An empty time is not a time on the clock; write it as HH:MM, from 00:00 to 23:59.</source>
      <translation>Isaha irimo ubusa si isaha; yandike nka HH:MM, kuva 00:00 kugeza 23:59.</translation>
    </message>
    <message>
      <source>Choose breakfast, lunch, dinner or snack.</source>
      <translation>Hitamo ifunguro rya mu gitondo, rya saa sita, rya nimugoroba cyangwa icyo kurya cyoroheje.</translation>
    </message>
    <message>
      <source>Serving ends after it starts.</source>
      <translation>Igihe cyo kugaburira kirangira nyuma y'uko gitangiye.</translation>
    </message>
    <message>
      <source>Orders close at or before serving starts.</source>
      <translation>Komande zifunga mbere cyangwa igihe cyo kugaburira gitangiye.</translation>
    </message>
    <message>
      <source>The delivery target is 5 to 240 minutes.</source>
      <translation>Intego yo kugeza ifunguro ni iminota kuva kuri 5 kugeza kuri 240.</translation>
    </message>
    <message>
      <source>{ward_name}'s own {meal} orders close at {own:%H:%M}, after the new serving start {serves_from:%H:%M}; change that ward's cut-off first.</source>
      <translation>Komande za {meal} zihariye za {ward_name} zifunga saa {own:%H:%M}, nyuma y'igihe gishya cyo gutangira kugaburira {serves_from:%H:%M}; banza uhindure igihe ntarengwa cy'iyo serivisi.</translation>
    </message>
    <message>
      <source>{Meal} is served from {serves_from:%H:%M}: {name}'s orders must close at or before then.</source>
      <translation>{Meal} igaburwa guhera {serves_from:%H:%M}: komande za {name} zigomba gufunga mbere cyangwa icyo gihe.</translation>
    </message>
    <message>
      <source>'{value}' is not a language of the app: choose English, Kinyarwanda or French.</source>
      <translation>'{value}' si ururimi rwa porogaramu: hitamo Icyongereza, Ikinyarwanda cyangwa Igifaransa.</translation>
    </message>
    <message>
      <source>number of dishes</source>
      <translation>umubare w'amafunguro</translation>
    </message>
    <message>
      <source>number of days</source>
      <translation>umubare w'iminsi</translation>
    </message>
    <message>
      <source>Enter the dish's name.</source>
      <translation>Andika izina ry'ifunguro.</translation>
    </message>
    <message>
      <source>The name may have at most 80 characters.</source>
      <translation>Izina ntirigomba kurenza inyuguti 80.</translation>
    </message>
    <message>
      <source>Choose or type a category.</source>
      <translation>Hitamo cyangwa wandike icyiciro.</translation>
    </message>
    <message>
      <source>The category may have at most 60 characters.</source>
      <translation>Icyiciro ntikigomba kurenza inyuguti 60.</translation>
    </message>
    <message>
      <source>the price</source>
      <translation>igiciro</translation>
    </message>
    <message>
      <source>The tax type is A (exempt), B (18 % VAT), C (zero-rated) or D (non-VAT).</source>
      <translation>Ubwoko bw'umusoro ni A (busonewe), B (TVA 18 %), C (igipimo cya zeru) cyangwa D (butari TVA).</translation>
    </message>
    <message>
      <source>The item classification code has 10 digits, like 5020230100.</source>
      <translation>Kode y'ubwoko bw'igicuruzwa igira imibare 10, nka 5020230100.</translation>
    </message>
    <message>
      <source>A dish called '{name}' is already on the menu.</source>
      <translation>Ifunguro ryitwa '{name}' risanzwe ku rutonde.</translation>
    </message>
    <message>
      <source>This employee's monthly company allowance was just used at another desk. The price has been recalculated; check the new split and place the order again.</source>
      <translation>Amafaranga atangwa n'ikigo buri kwezi kuri uyu mukozi amaze gukoreshwa ku kindi biro. Igiciro cyongeye kubarwa; genzura uko cyagabanyijwe maze wongere utange komande.</translation>
    </message>
    <message>
      <source>Enter the cash received (at least {due:,} RWF).</source>
      <translation>Andika amafaranga wakiriye (nibura {due:,} RWF).</translation>
    </message>
    <message>
      <source>Cash received ({tendered:,} RWF) is less than the {due:,} RWF to pay; {short:,} RWF short.</source>
      <translation>Amafaranga wakiriye ({tendered:,} RWF) ari munsi ya {due:,} RWF agomba kwishyurwa; haburaho {short:,} RWF.</translation>
    </message>
    <message>
      <source>That is more than 100,000 RWF over the amount due; check the cash received.</source>
      <translation>Ibyo birenze amafaranga agomba kwishyurwa ho 100,000 RWF; genzura amafaranga wakiriye.</translation>
    </message>
    <message>
      <source>The corporate account covers only the company's share.</source>
      <translation>Konti y'ikigo yishyura umugabane w'ikigo gusa.</translation>
    </message>
    <message>
      <source>Delivery needs a ward and bed; enter them or choose pickup.</source>
      <translation>Kugeza ifunguro bisaba serivisi n'igitanda; byandike cyangwa uhitemo kwifatira.</translation>
    </message>
    <message>
      <source>Ward (40) or bed (10 characters) is too long.</source>
      <translation>Serivisi (40) cyangwa igitanda (inyuguti 10) birarenze.</translation>
    </message>
    <message>
      <source>Check with the customer before placing: {conflicts}. To place it anyway, give the reason.</source>
      <translation>Banza ubaze umukiriya mbere yo kwemeza: {conflicts}. Niba ugomba kwemeza uko byakabaye, tanga impamvu.</translation>
    </message>
    <message>
      <source>The reason may have at most 500 characters.</source>
      <translation>Impamvu ntigomba kurenza inyuguti 500.</translation>
    </message>
    <message>
      <source>That order's customer no longer exists.</source>
      <translation>Umukiriya w'iyi komande ntakiriho.</translation>
    </message>
    <message>
      <source>That order does not exist.</source>
      <translation>Iyo komande ntibaho.</translation>
    </message>
    <message>
      <source>Order {number} (now {status})</source>
      <translation>Komande {number} (ubu ni {status})</translation>
    </message>
    <message>
      <source>Order {number} is {status}; it cannot move to {to}.</source>
      <translation>Komande {number} ni {status}; ntishobora kujya kuri {to}.</translation>
    </message>
    <message>
      <source>Order {number} is for pickup; mark it delivered when collected.</source>
      <translation>Komande {number} ni iyo kwifatira; yemeze ko yatanzwe igihe bayitwaye.</translation>
    </message>
    <message>
      <source>Give the reason for the {what}.</source>
      <translation>Tanga impamvu {what}.</translation>
    </message>
    <message>
      <source>in cash</source>
      <translation>mu mafaranga</translation>
    </message>
    <message>
      <source>by {method}</source>
      <translation>kuri {method}</translation>
    </message>
    <message>
      <source> and </source>
      <translation> na </translation>
    </message>
    <message>
      <source>{amount:,} RWF {by}</source>
      <translation>{amount:,} RWF {by}</translation>
    </message>
    <message>
      <source>The customer paid {words} for order {number}. Cancelling it gives that money back, so a manager must cancel it: ask a manager or an administrator.</source>
      <translation>Umukiriya yishyuye {words} kuri komande {number}. Kuyihagarika bisubiza ayo mafaranga, bityo umuyobozi ni we ugomba kuyihagarika: baza umuyobozi cyangwa umuyobozi wa sisitemu.</translation>
    </message>
    <message>
      <source>Say how the {owed:,} RWF went back to the customer: cash from the drawer, or a reversal of their payment with its reference.</source>
      <translation>Vuga uko {owed:,} RWF yasubijwe umukiriya: amafaranga avuye muri kesi, cyangwa gusubiza ubwishyu bwe hamwe na nomero yabwo.</translation>
    </message>
    <message>
      <source>The customer paid {amount_rwf:,} RWF in cash; give it back in cash.</source>
      <translation>Umukiriya yishyuye {amount_rwf:,} RWF mu mafaranga; uyamusubize mu mafaranga.</translation>
    </message>
    <message>
      <source>The customer paid {amount_rwf:,} RWF {by}; give it back {by} or in cash.</source>
      <translation>Umukiriya yishyuye {amount_rwf:,} RWF {by}; uyamusubize {by} cyangwa mu mafaranga.</translation>
    </message>
    <message>
      <source>Enter the mobile-money reversal reference (6 to 30 letters and digits) that shows the {owed:,} RWF went back.</source>
      <translation>Andika nomero yo gusubiza amafaranga kuri Mobile Money (inyuguti n'imibare kuva kuri 6 kugeza kuri 30) yerekana ko {owed:,} RWF yasubijwe.</translation>
    </message>
    <message>
      <source>Enter the card reversal reference (6 to 30 letters and digits) that shows the {owed:,} RWF went back.</source>
      <translation>Andika nomero yo gusubiza amafaranga ku ikarita (inyuguti n'imibare kuva kuri 6 kugeza kuri 30) yerekana ko {owed:,} RWF yasubijwe.</translation>
    </message>
    <message>
      <source>give cash back</source>
      <translation>gusubiza amafaranga mu ntoki</translation>
    </message>
    <message>
      <source>cancellation</source>
      <translation>yo guhagarika</translation>
    </message>
    <message>
      <source>Order {number} is {status} and can no longer be cancelled; a manager can refund it.</source>
      <translation>Komande {number} ni {status} kandi ntigishobora guhagarikwa; umuyobozi ashobora gusubiza amafaranga yayo.</translation>
    </message>
    <message>
      <source>refund</source>
      <translation>yo gusubiza amafaranga</translation>
    </message>
    <message>
      <source>Only a manager or an administrator can refund an order.</source>
      <translation>Umuyobozi cyangwa umuyobozi wa sisitemu ni bo bonyine bashobora gusubiza amafaranga ya komande.</translation>
    </message>
    <message>
      <source>Order {number} is {status}; there is nothing to refund.</source>
      <translation>Komande {number} ni {status}; nta mafaranga yo gusubiza.</translation>
    </message>
    <message>
      <source>the quantity of a dish</source>
      <translation>ingano y'ifunguro rimwe</translation>
    </message>
    <message>
      <source>At most {limit} of one dish per order.</source>
      <translation>Ifunguro rimwe ntirirenga {limit} muri komande imwe.</translation>
    </message>
    <message>
      <source>Add at least one dish to the order.</source>
      <translation>Ongeramo nibura ifunguro rimwe muri komande.</translation>
    </message>
    <message>
      <source>An order has at most {limit} different dishes.</source>
      <translation>Komande ntirenza amafunguro {limit} atandukanye.</translation>
    </message>
    <message>
      <source>A dish in the order is no longer on the menu. Remove it and try again.</source>
      <translation>Ifunguro riri muri komande ntirikiri ku rutonde. Rivanemo wongere ugerageze.</translation>
    </message>
    <message>
      <source>{name} is not available now. Remove it or pick another dish.</source>
      <translation>{name} ntiboneka ubu. Rivanemo cyangwa uhitemo irindi funguro.</translation>
    </message>
    <message>
      <source>{item} contains {allergens} — {name} is allergic</source>
      <translation>{item} irimo {allergens} — {name} afite aleriji</translation>
    </message>
    <message>
      <source>{item} is {tags}, which the active {plan} meal plan forbids</source>
      <translation>{item} ni {tags}, kandi gahunda y'imirire ya {plan} ikora irabibuza</translation>
    </message>
    <message>
      <source>no longer enrolled with {name}</source>
      <translation>ntakiri umunyamuryango wa {name}</translation>
    </message>
    <message>
      <source>{name} contract {code} ({percent}%)</source>
      <translation>amasezerano ya {name} {code} ({percent}%)</translation>
    </message>
    <message>
      <source>{name} has no contract</source>
      <translation>{name} nta masezerano afite</translation>
    </message>
    <message>
      <source>{name} contract {code} is {status}</source>
      <translation>amasezerano {code} ya {name} ni {status}</translation>
    </message>
    <message>
      <source>{name} contract {code} expired on {day:%d %b %Y}</source>
      <translation>amasezerano {code} ya {name} yarangiye ku wa {day:%d %b %Y}</translation>
    </message>
    <message>
      <source>{name} contract {code} starts on {day:%d %b %Y}</source>
      <translation>amasezerano {code} ya {name} atangira ku wa {day:%d %b %Y}</translation>
    </message>
    <message>
      <source>Promotion: {name}</source>
      <translation>Poromosiyo: {name}</translation>
    </message>
    <message>
      <source>valid {start:%d %b} to {end:%d %b %Y}</source>
      <translation>ikora kuva ku wa {start:%d %b} kugeza ku wa {end:%d %b %Y}</translation>
    </message>
    <message>
      <source>needs a subtotal of {amount:,} RWF</source>
      <translation>isaba igiteranyo gito cya {amount:,} RWF</translation>
    </message>
    <message>
      <source>That customer is not registered. Search again or register them.</source>
      <translation>Uyu mukiriya ntiyanditse. Ongera ushakishe cyangwa umwandike.</translation>
    </message>
    <message>
      <source>One order can be at most {limit:,} RWF; this one comes to {subtotal:,} RWF. Check the quantities.</source>
      <translation>Komande imwe ntirenza {limit:,} RWF; iyi igeze kuri {subtotal:,} RWF. Genzura ingano.</translation>
    </message>
    <message>
      <source>applied: lowest total for the customer</source>
      <translation>yakoreshejwe: igiteranyo gito kurusha ibindi ku mukiriya</translation>
    </message>
    <message>
      <source>not combined: it does not stack, and another choice costs less</source>
      <translation>ntiyahujwe: ntishobora guhuzwa n'izindi, kandi indi hitamo ihendutse</translation>
    </message>
    <message>
      <source>not applied: a larger discount that does not stack was chosen</source>
      <translation>ntiyakoreshejwe: hatoranyijwe igabanuka rinini ridahuzwa n'ayandi</translation>
    </message>
    <message>
      <source>Corporate contract</source>
      <translation>Amasezerano y'ikigo</translation>
    </message>
    <message>
      <source>The employee pays; the company is not invoiced under this contract.</source>
      <translation>Umukozi ni we wishyura; ikigo ntacyo kishyuzwa muri aya masezerano.</translation>
    </message>
    <message>
      <source>Company pays {company:,} RWF; {left:,} RWF of the {cap:,} RWF monthly allowance left after this order.</source>
      <translation>Ikigo cyishyura {company:,} RWF; kuri {cap:,} RWF atangwa n'ikigo buri kwezi hazasigara {left:,} RWF nyuma y'iyi komande.</translation>
    </message>
    <message>
      <source>Only an employee under a company-invoice contract with allowance left can pay on the corporate account.</source>
      <translation>Umukozi ufite amasezerano ikigo cyishyurirwamo kandi agifite amafaranga atangwa n'ikigo ni we wenyine ushobora kwishyura kuri konti y'ikigo.</translation>
    </message>
    <message>
      <source>The company covers {company:,} RWF; the remaining {customer_share:,} RWF must be paid by cash, mobile money or card.</source>
      <translation>Ikigo cyishyura {company:,} RWF; {customer_share:,} RWF asigaye agomba kwishyurwa mu mafaranga, kuri Mobile Money cyangwa ku ikarita.</translation>
    </message>
    <message>
      <source>The work was cancelled; nothing was saved.</source>
      <translation>Igikorwa cyahagaritswe; nta cyabitswe.</translation>
    </message>
    <message>
      <source>{what} was cancelled; nothing was saved.</source>
      <translation>{what}: byahagaritswe; nta cyabitswe.</translation>
    </message>
    <message>
      <source>Only the nutritionist themself or an administrator can change this schedule.</source>
      <translation>Impuguke mu mirire ubwayo cyangwa umuyobozi wa sisitemu ni bo bonyine bashobora guhindura iyi gahunda y'amasaha.</translation>
    </message>
    <message>
      <source>The weekday must be Monday to Sunday.</source>
      <translation>Umunsi ugomba kuba hagati yo ku wa Mbere no ku Cyumweru.</translation>
    </message>
    <message>
      <source>{day}: the interval ends ({ends:%H:%M}) before it starts ({starts:%H:%M}).</source>
      <translation>{day}: igihe kirangira ({ends:%H:%M}) mbere y'uko gitangira ({starts:%H:%M}).</translation>
    </message>
    <message>
      <source>{day}: use whole or half hours ({moment:%H:%M} is neither), so the 30-minute slots fit.</source>
      <translation>{day}: koresha amasaha yuzuye cyangwa igice cy'isaha ({moment:%H:%M} si kimwe muri byo), kugira ngo ibihe by'iminota 30 bihure.</translation>
    </message>
    <message>
      <source>{day}: {starts:%H:%M}–{ends:%H:%M} overlaps {starts2:%H:%M}–{ends2:%H:%M}. Merge or shorten them.</source>
      <translation>{day}: {starts:%H:%M}–{ends:%H:%M} kirenga kuri {starts2:%H:%M}–{ends2:%H:%M}. Bihuze cyangwa ubigabanye.</translation>
    </message>
    <message>
      <source>the consultation fee</source>
      <translation>igiciro cy'ubujyanama</translation>
    </message>
    <message>
      <source>Time off must end after it starts.</source>
      <translation>Igihe cy'ikiruhuko kigomba kurangira nyuma y'uko gitangiye.</translation>
    </message>
    <message>
      <source>{clash} booked consultation(s) fall in that time. Reschedule or cancel them first.</source>
      <translation>Inama z'ubujyanama {clash} zateganyijwe ziri muri icyo gihe. Banza uzimure cyangwa uzihagarike.</translation>
    </message>
    <message>
      <source>Monday</source>
      <translation>Ku wa Mbere</translation>
    </message>
    <message>
      <source>Tuesday</source>
      <translation>Ku wa Kabiri</translation>
    </message>
    <message>
      <source>Wednesday</source>
      <translation>Ku wa Gatatu</translation>
    </message>
    <message>
      <source>Thursday</source>
      <translation>Ku wa Kane</translation>
    </message>
    <message>
      <source>Friday</source>
      <translation>Ku wa Gatanu</translation>
    </message>
    <message>
      <source>Saturday</source>
      <translation>Ku wa Gatandatu</translation>
    </message>
    <message>
      <source>Sunday</source>
      <translation>Ku Cyumweru</translation>
    </message>
    <message>
      <source>{moment:%a} {day} {moment:%b %H:%M}</source>
      <translation>{moment:%a} {day} {moment:%b %H:%M}</translation>
    </message>
    <message>
      <source>That nutritionist is not on the staff list.</source>
      <translation>Iyo mpuguke mu mirire ntiri ku rutonde rw'abakozi.</translation>
    </message>
    <message>
      <source>{when} is in the past. Choose a later slot.</source>
      <translation>{when} cyarangiye. Hitamo ikindi gihe kiri imbere.</translation>
    </message>
    <message>
      <source>{name} is off at {when} ({reason})</source>
      <translation>{name} ntahari {when} ({reason})</translation>
    </message>
    <message>
      <source>{name} is off at {when}</source>
      <translation>{name} ntahari {when}</translation>
    </message>
    <message>
      <source>Consultations with {name} start on the hour and the half hour; {when} is not one of them</source>
      <translation>Ubujyanama na {name} butangira ku isaha yuzuye no ku gice cy'isaha; {when} si kimwe muri ibyo bihe</translation>
    </message>
    <message>
      <source>{name} does not consult at {when}</source>
      <translation>{name} ntatanga ubujyanama {when}</translation>
    </message>
    <message>
      <source>nearest free: {times}</source>
      <translation>ibihe bihari biri hafi: {times}</translation>
    </message>
    <message>
      <source>next free: {times}</source>
      <translation>ibihe bihari bikurikira: {times}</translation>
    </message>
    <message>
      <source>no free slot in the next 60 days</source>
      <translation>nta gihe kiboneka mu minsi 60 iri imbere</translation>
    </message>
    <message>
      <source>{problem} — {hint}.</source>
      <translation>{problem} — {hint}.</translation>
    </message>
    <message>
      <source>none in the next 60 days</source>
      <translation>nta na kimwe mu minsi 60 iri imbere</translation>
    </message>
    <message>
      <source>{full_name} is already booked at {when} — next free: {shown}</source>
      <translation>{full_name} afite undi muntu {when} — ibihe bihari bikurikira: {shown}</translation>
    </message>
    <message>
      <source>The reason may have at most 200 characters.</source>
      <translation>Impamvu ntigomba kurenza inyuguti 200.</translation>
    </message>
    <message>
      <source>That consultation does not exist.</source>
      <translation>Ubwo bujyanama ntibubaho.</translation>
    </message>
    <message>
      <source>This consultation</source>
      <translation>Ubu bujyanama</translation>
    </message>
    <message>
      <source>Only booked consultations move; this one is {status}.</source>
      <translation>Ubujyanama bwateganyijwe ni bwo bwonyine bwimurwa; ubu ni {status}.</translation>
    </message>
    <message>
      <source>This consultation is already {status}.</source>
      <translation>Ubu bujyanama busanzwe ari {status}.</translation>
    </message>
    <message>
      <source>Mark a consultation completed or no-show.</source>
      <translation>Shyira ikimenyetso ko ubujyanama bwarangiye cyangwa ko umukiriya ataje.</translation>
    </message>
    <message>
      <source>It has not started yet; mark it after {when}.</source>
      <translation>Ntiburatangira; bushyireho ikimenyetso nyuma ya {when}.</translation>
    </message>
    <message>
      <source>Only {name}, the front desk, a manager or an administrator can mark this consultation completed or no-show.</source>
      <translation>{name}, abakira abantu, umuyobozi cyangwa umuyobozi wa sisitemu ni bo bonyine bashobora kwemeza ko ubu bujyanama bwarangiye cyangwa ko umukiriya ataje.</translation>
    </message>
    <message>
      <source>These are {name}'s clients' meal plans: only {name} or an administrator can manage them.</source>
      <translation>Izi ni gahunda z'imirire z'abakiriya ba {name}: {name} cyangwa umuyobozi wa sisitemu ni bo bonyine bashobora kuzicunga.</translation>
    </message>
    <message>
      <source>The daily calorie target is between 500 and 6,000 kcal.</source>
      <translation>Intego ya kalori ku munsi iri hagati ya 500 na 6,000 kcal.</translation>
    </message>
    <message>
      <source>A diet tag cannot be both allowed and forbidden.</source>
      <translation>Ikimenyetso cy'indyo ntigishobora kwemerwa no kubuzwa icyarimwe.</translation>
    </message>
    <message>
      <source>Notes may have at most 2,000 characters.</source>
      <translation>Ibisobanuro ntibigomba kurenza inyuguti 2,000.</translation>
    </message>
    <message>
      <source>Open a meal plan from a completed consultation.</source>
      <translation>Fungura gahunda y'imirire uhereye ku bujyanama bwarangiye.</translation>
    </message>
    <message>
      <source>That meal plan does not exist.</source>
      <translation>Iyo gahunda y'imirire ntibaho.</translation>
    </message>
    <message>
      <source>This plan</source>
      <translation>Iyi gahunda</translation>
    </message>
    <message>
      <source>A {status} plan cannot become {to}.</source>
      <translation>Gahunda iri mu rwego rwa {status} ntishobora kujya kuri {to}.</translation>
    </message>
    <message>
      <source>This customer already has an active meal plan. Complete or cancel it first.</source>
      <translation>Uyu mukiriya asanzwe afite gahunda y'imirire ikora. Banza uyirangize cyangwa uyihagarike.</translation>
    </message>
    <message>
      <source>the highest price</source>
      <translation>igiciro kiri hejuru</translation>
    </message>
    <message>
      <source>The plan needs a name of at most 80 characters.</source>
      <translation>Ubwoko bw'ifatabuguzi bukeneye izina ritarenza inyuguti 80.</translation>
    </message>
    <message>
      <source>meals per day</source>
      <translation>umubare w'amafunguro ku munsi</translation>
    </message>
    <message>
      <source>A plan called '{name}' already exists.</source>
      <translation>Hari ubwoko bw'ifatabuguzi bwitwa '{name}' busanzweho.</translation>
    </message>
    <message>
      <source>That plan no longer exists.</source>
      <translation>Ubwo bwoko bw'ifatabuguzi ntibukiriho.</translation>
    </message>
    <message>
      <source>That plan is not offered any more.</source>
      <translation>Ubwo bwoko bw'ifatabuguzi ntibugitangwa.</translation>
    </message>
    <message>
      <source>A subscription starts today or later, not {starts_on:%d %b %Y}.</source>
      <translation>Ifatabuguzi ritangira uyu munsi cyangwa nyuma yaho, ntabwo ari ku wa {starts_on:%d %b %Y}.</translation>
    </message>
    <message>
      <source>{full_name} already subscribes to {name}.</source>
      <translation>{full_name} asanzwe afite ifatabuguzi rya {name}.</translation>
    </message>
    <message>
      <source>That subscription does not exist.</source>
      <translation>Iryo fatabuguzi ntiribaho.</translation>
    </message>
    <message>
      <source>This subscription</source>
      <translation>Iri fatabuguzi</translation>
    </message>
    <message>
      <source>Only an active subscription can be paused; this one is {status}.</source>
      <translation>Ifatabuguzi rikora ni ryo ryonyine rishobora guhagarikwa by'agateganyo; iri ni {status}.</translation>
    </message>
    <message>
      <source>Only a paused subscription resumes; this one is {status}.</source>
      <translation>Ifatabuguzi ryahagaritswe by'agateganyo ni ryo ryonyine rishobora gusubukurwa; iri ni {status}.</translation>
    </message>
    <message>
      <source>This subscription is already cancelled.</source>
      <translation>Iri fatabuguzi risanzwe ryarahagaritswe.</translation>
    </message>
    <message>
      <source>Give the ticket a subject.</source>
      <translation>Ha ikibazo umutwe.</translation>
    </message>
    <message>
      <source>The subject may have at most 160 characters.</source>
      <translation>Umutwe ntugomba kurenza inyuguti 160.</translation>
    </message>
    <message>
      <source>The description may have at most 5,000 characters.</source>
      <translation>Ibisobanuro ntibigomba kurenza inyuguti 5,000.</translation>
    </message>
    <message>
      <source>That customer is not registered.</source>
      <translation>Uyu mukiriya ntiyanditse.</translation>
    </message>
    <message>
      <source>There is no order {number}.</source>
      <translation>Nta komande {number} ihari.</translation>
    </message>
    <message>
      <source>That ticket does not exist.</source>
      <translation>Icyo kibazo ntikibaho.</translation>
    </message>
    <message>
      <source>Ticket {number}</source>
      <translation>Ikibazo {number}</translation>
    </message>
    <message>
      <source>Assign tickets to active support staff, managers or administrators.</source>
      <translation>Ha ibibazo abakozi b'ubufasha bakora, abayobozi cyangwa abayobozi ba sisitemu.</translation>
    </message>
    <message>
      <source>{number} is {status}; it cannot be set to {to} — reopen it first.</source>
      <translation>{number} ni {status}; ntishobora gushyirwa kuri {to} — banza uyifungure bundi bushya.</translation>
    </message>
    <message>
      <source>{number} is {status}; it cannot be set to {to}.</source>
      <translation>{number} ni {status}; ntishobora gushyirwa kuri {to}.</translation>
    </message>
    <message>
      <source>Write the comment first.</source>
      <translation>Banza wandike igitekerezo.</translation>
    </message>
    <message>
      <source>A comment may have at most 5,000 characters.</source>
      <translation>Igitekerezo ntikigomba kurenza inyuguti 5,000.</translation>
    </message>
    <message>
      <source>Type the search as text.</source>
      <translation>Andika ibyo ushakisha mu nyandiko.</translation>
    </message>
    <message>
      <source>The search holds an invisible control character (U+{code:04X}), perhaps from pasting. Clear the search field and type it again.</source>
      <translation>Ibyo ushakisha birimo ikimenyetso kitagaragara (U+{code:04X}), gishobora kuba cyaturutse ku gukoporora. Siba umwanya w'ishakisha wongere wandike.</translation>
    </message>
    <message>
      <source>The search may have at most {limit} characters; shorten it.</source>
      <translation>Ibyo ushakisha ntibigomba kurenza inyuguti {limit}; bigabanye.</translation>
    </message>
    <message>
      <source>Ask for between 1 and {limit:,} rows at a time (asked for {value!r}).</source>
      <translation>Saba imirongo iri hagati ya 1 na {limit:,} icyarimwe (wasabye: {value!r}).</translation>
    </message>
    <message>
      <source>the variance threshold</source>
      <translation>urugero ntarengwa rw'ikinyuranyo</translation>
    </message>
    <message>
      <source>{value:,} RWF is not a Rwandan note or coin; count notes of {notes} and coins of {coins}.</source>
      <translation>{value:,} RWF si inoti cyangwa igiceri cy'u Rwanda; bara inoti za {notes} n'ibiceri bya {coins}.</translation>
    </message>
    <message>
      <source>the {value:,} RWF pieces</source>
      <translation>inoti cyangwa ibiceri bya {value:,} RWF</translation>
    </message>
    <message>
      <source>the declared amount</source>
      <translation>amafaranga yavuzwe</translation>
    </message>
    <message>
      <source>Cash is counted by denomination, not declared.</source>
      <translation>Amafaranga abarwa hakurikijwe inoti n'ibiceri, ntavugwa gusa.</translation>
    </message>
    <message>
      <source>The shift at {desk} is {status}; its count was already submitted.</source>
      <translation>Igihe cy'akazi kuri {desk} ni {status}; ibarura ryacyo ryamaze gutangwa.</translation>
    </message>
    <message>
      <source>This shift belongs to {desk}; count it there, or ask a manager.</source>
      <translation>Iki gihe cy'akazi ni icya {desk}; kibarire aho, cyangwa ubaze umuyobozi.</translation>
    </message>
    <message>
      <source>Give the reason (at least 5 characters).</source>
      <translation>Tanga impamvu (nibura inyuguti 5).</translation>
    </message>
    <message>
      <source>The shift at {desk} is {status}; only a counted shift waits for approval.</source>
      <translation>Igihe cy'akazi kuri {desk} ni {status}; igihe cyabaruwe ni cyo cyonyine gitegereza kwemezwa.</translation>
    </message>
    <message>
      <source>The shift at {desk} is already closed.</source>
      <translation>Igihe cy'akazi kuri {desk} gisanzwe gifunze.</translation>
    </message>
    <message>
      <source>Enter MTN's transaction id from the customer's SMS: 11 digits, as in "TxId: 17818959211".</source>
      <translation>Andika nomero y'igikorwa cya MTN iri mu butumwa bugufi bw'umukiriya: imibare 11, nko muri "TxId: 17818959211".</translation>
    </message>
    <message>
      <source>Enter Airtel Money's transaction id from the customer's SMS (6 to 30 letters, digits and dots).</source>
      <translation>Andika nomero y'igikorwa cya Airtel Money iri mu butumwa bugufi bw'umukiriya (inyuguti, imibare n'utudomo kuva kuri 6 kugeza kuri 30).</translation>
    </message>
    <message>
      <source>Choose the provider: MTN MoMo or Airtel Money.</source>
      <translation>Hitamo sosiyete: MTN MoMo cyangwa Airtel Money.</translation>
    </message>
    <message>
      <source>Enter the customer's mobile number, 10 digits starting 078, 079, 072 or 073.</source>
      <translation>Andika nomero ya telefoni y'umukiriya, imibare 10 itangirwa na 078, 079, 072 cyangwa 073.</translation>
    </message>
    <message>
      <source>order {number}</source>
      <translation>komande {number}</translation>
    </message>
    <message>
      <source>another order</source>
      <translation>indi komande</translation>
    </message>
    <message>
      <source>{provider} transaction {transaction_id} already paid {where}. Ask the customer for the SMS of this payment.</source>
      <translation>Igikorwa cya {provider} {transaction_id} cyamaze kwishyura {where}. Saba umukiriya ubutumwa bugufi bw'ubu bwishyu.</translation>
    </message>
    <message>
      <source>Name the statement's column (1 to 60 characters).</source>
      <translation>Vuga izina ry'inkingi y'urupapuro rw'imari (inyuguti kuva kuri 1 kugeza kuri 60).</translation>
    </message>
    <message>
      <source>That date format is not valid.</source>
      <translation>Iyo miterere y'itariki ntiyemewe.</translation>
    </message>
    <message>
      <source>date {value!r} is not like {form}</source>
      <translation>itariki {value!r} ntimeze nka {form}</translation>
    </message>
    <message>
      <source>amount {raw!r} is not a number</source>
      <translation>umubare {raw!r} si umubare</translation>
    </message>
    <message>
      <source>amount {raw} is not whole francs</source>
      <translation>umubare {raw} si amafaranga yuzuye</translation>
    </message>
    <message>
      <source>{name} has no successful incoming payments to reconcile.</source>
      <translation>{name} nta bwishyu bwinjiye neza bwo guhuza burimo.</translation>
    </message>
    <message>
      <source>The time window is 1 minute to 24 hours.</source>
      <translation>Igihe kiri hagati y'umunota 1 n'amasaha 24.</translation>
    </message>
    <message>
      <source>That statement was not imported.</source>
      <translation>Urwo rupapuro rw'imari ntirwinjijwe.</translation>
    </message>
    <message>
      <source>Say what was done and why (at least 5 characters).</source>
      <translation>Vuga icyakozwe n'impamvu (nibura inyuguti 5).</translation>
    </message>
    <message>
      <source>The note may have at most 500 characters.</source>
      <translation>Icyitonderwa ntikigomba kurenza inyuguti 500.</translation>
    </message>
    <message>
      <source>That statement line does not exist.</source>
      <translation>Uwo murongo w'urupapuro rw'imari ntubaho.</translation>
    </message>
    <message>
      <source>This statement line</source>
      <translation>Uyu murongo w'urupapuro rw'imari</translation>
    </message>
    <message>
      <source>This line matched; there is nothing to resolve.</source>
      <translation>Uyu murongo urahura; nta cyo gukemura gihari.</translation>
    </message>
    <message>
      <source>This line was already resolved.</source>
      <translation>Uyu murongo wamaze gukemurwa.</translation>
    </message>
    <message>
      <source>Only a statement entry missing from the app can be attached, to a payment.</source>
      <translation>Umurongo w'urupapuro rw'imari utari muri porogaramu ni wo wonyine ushobora guhuzwa n'ubwishyu.</translation>
    </message>
    <message>
      <source>Choose a mobile-money payment to attach it to.</source>
      <translation>Hitamo ubwishyu bwa Mobile Money bwo kubihuza nabwo.</translation>
    </message>
    <message>
      <source>That shift does not exist.</source>
      <translation>Icyo gihe cy'akazi ntikibaho.</translation>
    </message>
    <message>
      <source>the opening float</source>
      <translation>amafaranga yo gutangiriraho</translation>
    </message>
    <message>
      <source>A shift was opened at {desk} by someone else at this very moment; use that shift or close it first.</source>
      <translation>Undi muntu amaze gufungura igihe cy'akazi kuri {desk} muri ako kanya; koresha icyo gihe cy'akazi cyangwa ubanze ugifunge.</translation>
    </message>
    <message>
      <source>{desk} already has a shift opened by {opened_by_name} (counted, waiting for a manager's approval); close it before opening another.</source>
      <translation>{desk} isanzwe ifite igihe cy'akazi cyafunguwe na {opened_by_name} (cyabaruwe, gitegereje ko umuyobozi acyemeza); banza ugifunge mbere yo gufungura ikindi.</translation>
    </message>
    <message>
      <source>{desk} already has a shift opened by {opened_by_name}; close it before opening another.</source>
      <translation>{desk} isanzwe ifite igihe cy'akazi cyafunguwe na {opened_by_name}; banza ugifunge mbere yo gufungura ikindi.</translation>
    </message>
    <message>
      <source>take cash</source>
      <translation>kwakira amafaranga</translation>
    </message>
    <message>
      <source>the shift at {desk} is counted and waiting for a manager's approval</source>
      <translation>igihe cy'akazi kuri {desk} cyabaruwe kandi gitegereje ko umuyobozi acyemeza</translation>
    </message>
    <message>
      <source>{desk} has no open shift</source>
      <translation>{desk} nta gihe cy'akazi gifunguye ifite</translation>
    </message>
    <message>
      <source>Cannot {what}: {why}. Open a shift in Till (count the float in the drawer) first; nothing was saved.</source>
      <translation>Ntibishobotse {what}: {why}. Banza ufungure igihe cy'akazi muri Kesi (ubare amafaranga yo gutangiriraho ari muri kesi); nta cyabitswe.</translation>
    </message>
    <message>
      <source>the amount</source>
      <translation>umubare w'amafaranga</translation>
    </message>
    <message>
      <source>Say why the cash moved (at least 3 characters).</source>
      <translation>Vuga impamvu amafaranga yimuwe (nibura inyuguti 3).</translation>
    </message>
    <message>
      <source>The reason may have at most 300 characters.</source>
      <translation>Impamvu ntigomba kurenza inyuguti 300.</translation>
    </message>
    <message>
      <source>move cash</source>
      <translation>kwimura amafaranga</translation>
    </message>
    <message>
      <source>The drawer should hold {in_drawer:,} RWF; {amount:,} RWF cannot leave it.</source>
      <translation>Kesi igomba kuba irimo {in_drawer:,} RWF; {amount:,} RWF ntashobora kuyivamo.</translation>
    </message>
    <message>
      <source>The shift at {desk} (now {status})</source>
      <translation>Igihe cy'akazi kuri {desk} (ubu ni {status})</translation>
    </message>
    <message>
      <source>The database cannot be reached right now, so nothing was saved. Your form is kept; try again in a moment.</source>
      <translation>Ububiko bw'amakuru ntibushobora kugerwaho ubu, bityo nta cyabitswe. Ifishi yawe iracyahari; ongera ugerageze mu kanya.</translation>
    </message>
    <message>
      <source>{out} already exists. Choose a new file name for the snapshot.</source>
      <translation>{out} isanzwe ibaho. Hitamo irindi zina rya dosiye ya kopi.</translation>
    </message>
  </context>
  <context>
    <name>labels</name>
    <message>
      <source>Placed</source>
      <translation>Yatanzwe</translation>
    </message>
    <message>
      <source>Preparing</source>
      <translation>Irategurwa</translation>
    </message>
    <message>
      <source>Out for delivery</source>
      <translation>Iri mu nzira</translation>
    </message>
    <message>
      <source>Delivered</source>
      <translation>Yagejejwe</translation>
    </message>
    <message>
      <source>Cancelled</source>
      <translation>Yahagaritswe</translation>
    </message>
    <message>
      <source>Refunded</source>
      <translation>Yasubijwe amafaranga</translation>
    </message>
    <message>
      <source>Orders</source>
      <translation>Komande</translation>
    </message>
    <message>
      <source>Corporate</source>
      <translation>Ibigo</translation>
    </message>
    <message>
      <source>Ward delivery</source>
      <translation>Kugeza muri serivisi</translation>
    </message>
    <message>
      <source>Pickup</source>
      <translation>Kwitwarira</translation>
    </message>
    <message>
      <source>Cash</source>
      <translation>Amafaranga mu ntoki</translation>
    </message>
    <message>
      <source>Mobile money</source>
      <translation>Mobile Money</translation>
    </message>
    <message>
      <source>Card</source>
      <translation>Ikarita</translation>
    </message>
    <message>
      <source>Corporate account</source>
      <translation>Ideni ry'ikigo</translation>
    </message>
    <message>
      <source>Patient</source>
      <translation>Umurwayi</translation>
    </message>
    <message>
      <source>Visitor</source>
      <translation>Umushyitsi</translation>
    </message>
    <message>
      <source>Hospital staff</source>
      <translation>Umukozi w'ibitaro</translation>
    </message>
    <message>
      <source>Outside guest</source>
      <translation>Umushyitsi uturutse hanze</translation>
    </message>
    <message>
      <source>Front desk</source>
      <translation>Kwakira abantu</translation>
    </message>
    <message>
      <source>Nutritionist</source>
      <translation>Impuguke mu mirire</translation>
    </message>
    <message>
      <source>Support</source>
      <translation>Ubufasha</translation>
    </message>
    <message>
      <source>Manager</source>
      <translation>Umuyobozi</translation>
    </message>
    <message>
      <source>Administrator</source>
      <translation>Umuyobozi wa sisitemu</translation>
    </message>
    <message>
      <source>Breakfast</source>
      <translation>Ifunguro rya mu gitondo</translation>
    </message>
    <message>
      <source>Lunch</source>
      <translation>Ifunguro rya saa sita</translation>
    </message>
    <message>
      <source>Dinner</source>
      <translation>Ifunguro rya nimugoroba</translation>
    </message>
    <message>
      <source>Snack</source>
      <translation>Icyo kurya cyoroheje</translation>
    </message>
    <message>
      <source>All day</source>
      <translation>Umunsi wose</translation>
    </message>
    <message>
      <source>Gluten</source>
      <translation>Gluten</translation>
    </message>
    <message>
      <source>Milk</source>
      <translation>Amata</translation>
    </message>
    <message>
      <source>Eggs</source>
      <translation>Amagi</translation>
    </message>
    <message>
      <source>Peanuts</source>
      <translation>Ubunyobwa</translation>
    </message>
    <message>
      <source>Tree nuts</source>
      <translation>Imbuto zikomeye</translation>
    </message>
    <message>
      <source>Soy</source>
      <translation>Soya</translation>
    </message>
    <message>
      <source>Fish</source>
      <translation>Ifi</translation>
    </message>
    <message>
      <source>Shellfish</source>
      <translation>Ibikona byo mu mazi</translation>
    </message>
    <message>
      <source>Sesame</source>
      <translation>Sesame</translation>
    </message>
    <message>
      <source>Celery</source>
      <translation>Seleri</translation>
    </message>
    <message>
      <source>Mustard</source>
      <translation>Moutarde</translation>
    </message>
    <message>
      <source>Vegetarian</source>
      <translation>Nta nyama</translation>
    </message>
    <message>
      <source>Vegan</source>
      <translation>Nta kintu gikomoka ku matungo</translation>
    </message>
    <message>
      <source>Gluten-free</source>
      <translation>Nta gluten</translation>
    </message>
    <message>
      <source>Low sodium</source>
      <translation>Umunyu muke</translation>
    </message>
    <message>
      <source>Low sugar</source>
      <translation>Isukari nke</translation>
    </message>
    <message>
      <source>High protein</source>
      <translation>Poroteyine nyinshi</translation>
    </message>
    <message>
      <source>Low carb</source>
      <translation>Ibinyamasukari bike</translation>
    </message>
    <message>
      <source>Renal-safe</source>
      <translation>Bikwiye abarwayi b'impyiko</translation>
    </message>
    <message>
      <source>Fried</source>
      <translation>Bikaranze</translation>
    </message>
    <message>
      <source>Spicy</source>
      <translation>Birimo urusenda</translation>
    </message>
    <message>
      <source>Contains meat</source>
      <translation>Birimo inyama</translation>
    </message>
    <message>
      <source>High sugar</source>
      <translation>Isukari nyinshi</translation>
    </message>
    <message>
      <source>Standard</source>
      <translation>Isanzwe</translation>
    </message>
    <message>
      <source>Keto</source>
      <translation>Keto</translation>
    </message>
    <message>
      <source>Detox</source>
      <translation>Detox</translation>
    </message>
    <message>
      <source>Diabetic-friendly</source>
      <translation>Ikwiye abarwayi ba diyabete</translation>
    </message>
    <message>
      <source>Low-sodium</source>
      <translation>Umunyu muke</translation>
    </message>
    <message>
      <source>Renal</source>
      <translation>Iy'impyiko</translation>
    </message>
    <message>
      <source>High-protein</source>
      <translation>Poroteyine nyinshi</translation>
    </message>
    <message>
      <source>Weight loss</source>
      <translation>Kugabanya ibiro</translation>
    </message>
    <message>
      <source>Pregnancy</source>
      <translation>Gutwita</translation>
    </message>
    <message>
      <source>Weekly</source>
      <translation>Buri cyumweru</translation>
    </message>
    <message>
      <source>Monthly</source>
      <translation>Buri kwezi</translation>
    </message>
    <message>
      <source>Active</source>
      <translation>Irakora</translation>
    </message>
    <message>
      <source>Paused</source>
      <translation>Byahagaritswe by'agateganyo</translation>
    </message>
    <message>
      <source>Draft</source>
      <translation>Umushinga</translation>
    </message>
    <message>
      <source>Suspended</source>
      <translation>Byahagaritswe by'agateganyo</translation>
    </message>
    <message>
      <source>Expired</source>
      <translation>Byarangiye</translation>
    </message>
    <message>
      <source>Company invoice</source>
      <translation>Fagitire ku kigo</translation>
    </message>
    <message>
      <source>Employee pays</source>
      <translation>Umukozi yishyura</translation>
    </message>
    <message>
      <source>Low</source>
      <translation>Buke</translation>
    </message>
    <message>
      <source>Medium</source>
      <translation>Buringaniye</translation>
    </message>
    <message>
      <source>High</source>
      <translation>Bwinshi</translation>
    </message>
    <message>
      <source>Urgent</source>
      <translation>Byihutirwa</translation>
    </message>
    <message>
      <source>Open</source>
      <translation>Gifunguye</translation>
    </message>
    <message>
      <source>In progress</source>
      <translation>Kiri gukorwaho</translation>
    </message>
    <message>
      <source>Resolved</source>
      <translation>Byakemuwe</translation>
    </message>
    <message>
      <source>Closed</source>
      <translation>Cyafunzwe</translation>
    </message>
    <message>
      <source>Order</source>
      <translation>Komande</translation>
    </message>
    <message>
      <source>Delivery</source>
      <translation>Kugeza</translation>
    </message>
    <message>
      <source>Billing</source>
      <translation>Uko yishyurwa</translation>
    </message>
    <message>
      <source>Food quality</source>
      <translation>Ubwiza bw'amafunguro</translation>
    </message>
    <message>
      <source>Consultation</source>
      <translation>Ubujyanama</translation>
    </message>
    <message>
      <source>Catering</source>
      <translation>Kugaburira ibirori</translation>
    </message>
    <message>
      <source>Meal package</source>
      <translation>Ipaki y'amafunguro</translation>
    </message>
    <message>
      <source>Other</source>
      <translation>Ibindi</translation>
    </message>
    <message>
      <source>Booked</source>
      <translation>Yafashwe</translation>
    </message>
    <message>
      <source>Completed</source>
      <translation>Yarangiye</translation>
    </message>
    <message>
      <source>No-show</source>
      <translation>Ntiyaje</translation>
    </message>
    <message>
      <source>Free</source>
      <translation>Nta gahunda</translation>
    </message>
    <message>
      <source>Past</source>
      <translation>Byarenze</translation>
    </message>
    <message>
      <source>Pending</source>
      <translation>Bitegereje</translation>
    </message>
    <message>
      <source>Allowed</source>
      <translation>Byemewe</translation>
    </message>
    <message>
      <source>Forbidden</source>
      <translation>Ibibujijwe</translation>
    </message>
    <message>
      <source>Per person</source>
      <translation>Ku muntu</translation>
    </message>
    <message>
      <source>Flat</source>
      <translation>Igiciro kimwe</translation>
    </message>
    <message>
      <source>New</source>
      <translation>Nshya</translation>
    </message>
    <message>
      <source>Quoted</source>
      <translation>Yahawe igiciro</translation>
    </message>
    <message>
      <source>Confirmed</source>
      <translation>Yemejwe</translation>
    </message>
    <message>
      <source>3 Liquidised</source>
      <translation>3 Byasukuwe</translation>
    </message>
    <message>
      <source>4 Puréed</source>
      <translation>4 Byanoze</translation>
    </message>
    <message>
      <source>5 Minced and moist</source>
      <translation>5 Byakaswe duto kandi bitose</translation>
    </message>
    <message>
      <source>6 Soft and bite-sized</source>
      <translation>6 Byoroshye kandi bicagaguye</translation>
    </message>
    <message>
      <source>7 Easy to chew</source>
      <translation>7 Byoroshye guhekenya</translation>
    </message>
    <message>
      <source>7 Regular</source>
      <translation>7 Bisanzwe</translation>
    </message>
    <message>
      <source>Late — awaiting approval</source>
      <translation>Byatinze — bitegereje kwemezwa</translation>
    </message>
    <message>
      <source>Ordered</source>
      <translation>Byatumijwe</translation>
    </message>
    <message>
      <source>Prepared</source>
      <translation>Byateguwe</translation>
    </message>
    <message>
      <source>Sent</source>
      <translation>Byoherejwe</translation>
    </message>
    <message>
      <source>Counted, waiting for approval</source>
      <translation>Byabazwe, bitegereje kwemezwa</translation>
    </message>
    <message>
      <source>Force-closed</source>
      <translation>Byafunzwe ku gahato</translation>
    </message>
    <message>
      <source>MTN MoMo</source>
      <translation>MTN MoMo</translation>
    </message>
    <message>
      <source>Airtel Money</source>
      <translation>Airtel Money</translation>
    </message>
    <message>
      <source>Company allowance</source>
      <translation>Amafaranga atangwa n'ikigo</translation>
    </message>
    <message>
      <source>Cash drop to the safe</source>
      <translation>Gushyira amafaranga mu isanduku ikomeye</translation>
    </message>
    <message>
      <source>Paid in</source>
      <translation>Amafaranga yinjijwe</translation>
    </message>
    <message>
      <source>Paid out</source>
      <translation>Amafaranga yasohowe</translation>
    </message>
    <message>
      <source>Matched</source>
      <translation>Byahuye</translation>
    </message>
    <message>
      <source>Amount differs</source>
      <translation>Amafaranga atandukanye</translation>
    </message>
    <message>
      <source>In the statement, not in the app</source>
      <translation>Biri muri raporo, ntibiri muri porogaramu</translation>
    </message>
    <message>
      <source>In the app, not in the statement</source>
      <translation>Biri muri porogaramu, ntibiri muri raporo</translation>
    </message>
    <message>
      <source>Attached to a payment</source>
      <translation>Byomekwe ku bwishyu</translation>
    </message>
    <message>
      <source>Written off</source>
      <translation>Byafashwe nk'igihombo</translation>
    </message>
    <message>
      <source>Signed</source>
      <translation>Byashyizweho umukono</translation>
    </message>
    <message>
      <source>Rejected</source>
      <translation>Byanzwe</translation>
    </message>
    <message>
      <source>Sale</source>
      <translation>Igurishwa</translation>
    </message>
    <message>
      <source>Refund</source>
      <translation>Subiza amafaranga</translation>
    </message>
    <message>
      <source>A · exempt</source>
      <translation>A · usonewe</translation>
    </message>
    <message>
      <source>B · 18 % VAT</source>
      <translation>B · TVA 18 %</translation>
    </message>
    <message>
      <source>C · zero-rated</source>
      <translation>C · igipimo cya zeru</translation>
    </message>
    <message>
      <source>D · non-VAT</source>
      <translation>D · nta TVA</translation>
    </message>
    <message>
      <source>Normal</source>
      <translation>Bisanzwe</translation>
    </message>
    <message>
      <source>Training</source>
      <translation>Imyitozo</translation>
    </message>
    <message>
      <source>Proforma</source>
      <translation>Proforma</translation>
    </message>
  </context>
  <context>
    <name>long_work</name>
    <message>
      <source>Cancel</source>
      <translation>Reka</translation>
    </message>
    <message>
      <source>Cancelling… nothing will be saved.</source>
      <translation>Turahagarika… nta kizabikwa.</translation>
    </message>
  </context>
  <context>
    <name>menu_page</name>
    <message>
      <source>0 thin</source>
      <translation>0 biyoroshye</translation>
    </message>
    <message>
      <source>1 slightly thick</source>
      <translation>1 byijimye gato cyane</translation>
    </message>
    <message>
      <source>2 mildly thick</source>
      <translation>2 byijimye gato</translation>
    </message>
    <message>
      <source>3 moderately thick</source>
      <translation>3 byijimye bigereranyije</translation>
    </message>
    <message>
      <source>4 extremely thick</source>
      <translation>4 byijimye cyane</translation>
    </message>
  </context>
  <context>
    <name>presentation</name>
    <message>
      <source>Sorry, something went wrong and nothing was changed. The details are in the log file.</source>
      <translation>Mutwihanganire, habaye ikibazo kandi nta cyahindutse. Ibisobanuro biri mu idosiye y'ibyabaye.</translation>
    </message>
  </context>
  <context>
    <name>printing</name>
    <message>
      <source>Page {page} of {pages}</source>
      <translation>Ipaji {page} kuri {pages}</translation>
    </message>
    <message>
      <source>Preview — {title}</source>
      <translation>Reba mbere — {title}</translation>
    </message>
  </context>
  <context>
    <name>service_words</name>
    <message>
      <source>3 liquidised</source>
      <translation>3 byasukuwe</translation>
    </message>
    <message>
      <source>4 puréed</source>
      <translation>4 byanoze</translation>
    </message>
    <message>
      <source>5 minced and moist</source>
      <translation>5 byakaswe duto kandi bitose</translation>
    </message>
    <message>
      <source>6 soft and bite-sized</source>
      <translation>6 byoroshye kandi bicagaguye</translation>
    </message>
    <message>
      <source>7 easy to chew</source>
      <translation>7 byoroshye guhekenya</translation>
    </message>
    <message>
      <source>7 regular</source>
      <translation>7 bisanzwe</translation>
    </message>
    <message>
      <source>0 thin</source>
      <translation>0 biyoroshye</translation>
    </message>
    <message>
      <source>1 slightly thick</source>
      <translation>1 byijimye gato cyane</translation>
    </message>
    <message>
      <source>2 mildly thick</source>
      <translation>2 byijimye gato</translation>
    </message>
    <message>
      <source>3 moderately thick</source>
      <translation>3 byijimye bigereranyije</translation>
    </message>
    <message>
      <source>4 extremely thick</source>
      <translation>4 byijimye cyane</translation>
    </message>
    <message>
      <source>regular</source>
      <translation>isanzwe</translation>
    </message>
    <message>
      <source>guest meal</source>
      <translation>ifunguro ry'umushyitsi</translation>
    </message>
    <message>
      <source>standard</source>
      <translation>isanzwe</translation>
    </message>
    <message>
      <source>keto</source>
      <translation>keto</translation>
    </message>
    <message>
      <source>detox</source>
      <translation>detox</translation>
    </message>
    <message>
      <source>diabetic friendly</source>
      <translation>ikwiye abarwayi ba diyabete</translation>
    </message>
    <message>
      <source>low sodium</source>
      <translation>umunyu muke</translation>
    </message>
    <message>
      <source>renal</source>
      <translation>iy'impyiko</translation>
    </message>
    <message>
      <source>high protein</source>
      <translation>poroteyine nyinshi</translation>
    </message>
    <message>
      <source>vegetarian</source>
      <translation>nta nyama</translation>
    </message>
    <message>
      <source>gluten free</source>
      <translation>nta gluten</translation>
    </message>
    <message>
      <source>weight loss</source>
      <translation>kugabanya ibiro</translation>
    </message>
    <message>
      <source>pregnancy</source>
      <translation>gutwita</translation>
    </message>
    <message>
      <source>NPO until {moment}</source>
      <translation>Ntarya ntanywa kugeza {moment}</translation>
    </message>
  </context>
</TS>

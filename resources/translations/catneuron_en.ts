<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>ConfusionView</name>
    <message numerus="yes">
        <source>%n picture(s) labelled {label} that the neuron called {said}</source>
        <translation>
            <numerusform>%n picture labelled {label} that the neuron called {said}</numerusform>
            <numerusform>%n pictures labelled {label} that the neuron called {said}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DatasetView</name>
    <message numerus="yes">
        <source>{right} of {total} right, %n mistake(s)</source>
        <translation>
            <numerusform>{right} of {total} right, %n mistake</numerusform>
            <numerusform>{right} of {total} right, %n mistakes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n picture(s)</source>
        <translation>
            <numerusform>%n picture</numerusform>
            <numerusform>%n pictures</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Showing the %n mistake(s).</source>
        <translation>
            <numerusform>Showing the %n mistake.</numerusform>
            <numerusform>Showing the %n mistakes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Showing the %n picture(s) labelled {label} that the neuron called {said}.</source>
        <translation>
            <numerusform>Showing the %n picture labelled {label} that the neuron called {said}.</numerusform>
            <numerusform>Showing the %n pictures labelled {label} that the neuron called {said}.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DropPanel</name>
    <message numerus="yes">
        <source>decoding %n picture(s)…</source>
        <translation>
            <numerusform>decoding %n picture…</numerusform>
            <numerusform>decoding %n pictures…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExplanationView</name>
    <message numerus="yes">
        <source>This neuron is right on {right} of %n test picture(s).</source>
        <translation>
            <numerusform>This neuron is right on {right} of %n test picture.</numerusform>
            <numerusform>This neuron is right on {right} of %n test pictures.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>NoticeBar</name>
    <message numerus="yes">
        <source>Between epochs {0} and {1} the training loss went up %n time(s) in {3} epochs, by up to {2}, though it still falls overall: each step jumps across the valley&apos;s floor. A smaller α would zigzag less.</source>
        <translation>
            <numerusform>Between epochs {0} and {1} the training loss went up %n time in {3} epochs, by up to {2}, though it still falls overall: each step jumps across the valley&apos;s floor. A smaller α would zigzag less.</numerusform>
            <numerusform>Between epochs {0} and {1} the training loss went up %n times in {3} epochs, by up to {2}, though it still falls overall: each step jumps across the valley&apos;s floor. A smaller α would zigzag less.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Between epochs {0} and {1} the training loss went up %n time(s) in {3} epochs, by up to {2}, and it no longer falls: each step jumps across the valley&apos;s floor. A smaller α would let it settle.</source>
        <translation>
            <numerusform>Between epochs {0} and {1} the training loss went up %n time in {3} epochs, by up to {2}, and it no longer falls: each step jumps across the valley&apos;s floor. A smaller α would let it settle.</numerusform>
            <numerusform>Between epochs {0} and {1} the training loss went up %n times in {3} epochs, by up to {2}, and it no longer falls: each step jumps across the valley&apos;s floor. A smaller α would let it settle.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StatusBar</name>
    <message numerus="yes">
        <source>{train} training and %n test picture(s), {width}×{height}, {cats} cats in training</source>
        <translation>
            <numerusform>{train} training and %n test picture, {width}×{height}, {cats} cats in training</numerusform>
            <numerusform>{train} training and %n test pictures, {width}×{height}, {cats} cats in training</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) skipped: {files}; and {more} more</source>
        <translation>
            <numerusform>%n file skipped: {files}; and {more} more</numerusform>
            <numerusform>%n files skipped: {files}; and {more} more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) skipped: {files}</source>
        <translation>
            <numerusform>%n file skipped: {files}</numerusform>
            <numerusform>%n files skipped: {files}</numerusform>
        </translation>
    </message>
</context>
</TS>

<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>CatNeuronError</name>
    <message>
        <source>there is no model to save yet: train one first</source>
        <extracomment>An error message (gui/main_window.py). Keep each {name} field unchanged.</extracomment>
        <translation>还没有可保存的模型：请先训练一个</translation>
    </message>
</context>
<context>
    <name>Glossary</name>
    <message>
        <source>cat</source>
        <extracomment>The first class of the dataset. Article: 猫.</extracomment>
        <translation>猫</translation>
    </message>
    <message>
        <source>non-cat</source>
        <extracomment>The other class (&quot;not a cat&quot;). Article: 非猫.</extracomment>
        <translation>非猫</translation>
    </message>
    <message>
        <source>Cat Neuron</source>
        <extracomment>The app&apos;s name, as in the desktop entry&apos;s Name[zh_CN].</extracomment>
        <translation>猫神经元</translation>
    </message>
    <message>
        <source>neuron</source>
        <extracomment>One unit of a neural network. Article: 神经元.</extracomment>
        <translation>神经元</translation>
    </message>
    <message>
        <source>weights</source>
        <extracomment>w, one per pixel and colour. Article: 权重.</extracomment>
        <translation>权重</translation>
    </message>
    <message>
        <source>bias</source>
        <extracomment>b. Article: 偏差 (not 偏置).</extracomment>
        <translation>偏差</translation>
    </message>
    <message>
        <source>learning rate</source>
        <extracomment>α. Article: 学习率.</extracomment>
        <translation>学习率</translation>
    </message>
    <message>
        <source>epoch</source>
        <extracomment>One pass of gradient descent over the training set. Always 轮, never 时期 or 周期.</extracomment>
        <translation>轮</translation>
    </message>
    <message>
        <source>loss</source>
        <extracomment>The cross-entropy L. Article: 损失 (损失函数 for the function).</extracomment>
        <translation>损失</translation>
    </message>
    <message>
        <source>accuracy</source>
        <extracomment>The share of pictures classified right. 准确率.</extracomment>
        <translation>准确率</translation>
    </message>
    <message>
        <source>training set</source>
        <extracomment>The pictures the neuron learns from. 训练集.</extracomment>
        <translation>训练集</translation>
    </message>
    <message>
        <source>test set</source>
        <extracomment>The pictures kept apart to check it. 测试集.</extracomment>
        <translation>测试集</translation>
    </message>
    <message>
        <source>gradient descent</source>
        <extracomment>The method. Article: 梯度下降.</extracomment>
        <translation>梯度下降</translation>
    </message>
    <message>
        <source>sigmoid</source>
        <extracomment>σ. Article: sigmoid 函数 (written 激活函数 when speaking of its role).</extracomment>
        <translation>sigmoid 函数</translation>
    </message>
    <message>
        <source>prediction</source>
        <extracomment>The neuron&apos;s answer for one picture. 预测.</extracomment>
        <translation>预测</translation>
    </message>
    <message>
        <source>seed</source>
        <extracomment>The starting point of the random weights (--seed). 随机种子.</extracomment>
        <translation>随机种子</translation>
    </message>
    <message>
        <source>dataset</source>
        <extracomment>The folder or HDF5 pair of pictures. 数据集.</extracomment>
        <translation>数据集</translation>
    </message>
    <message>
        <source>model</source>
        <extracomment>A saved neuron (.h5 file). 模型.</extracomment>
        <translation>模型</translation>
    </message>
</context>
<context>
    <name>LanguageMenu</name>
    <message>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>跟随系统</translation>
    </message>
</context>
</TS>
